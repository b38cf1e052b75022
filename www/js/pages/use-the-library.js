// The "Use the library" page: navigation, and a Copy button on each code example that
// puts the example's text on the clipboard and says so in its status line.
import { renderNav } from "../nav.js";

renderNav();

/** How long "Copied" stays next to the button, in milliseconds. */
const STATUS_TIME = 3000;

for (const button of document.querySelectorAll("button[data-copy]")) {
  const code = document.getElementById(button.dataset.copy);
  const status = button.parentElement.querySelector(".copy-status");
  let clearStatus = 0;
  button.addEventListener("click", async () => {
    clearTimeout(clearStatus);
    try {
      await navigator.clipboard.writeText(code.textContent);
      status.textContent = "Copied";
    } catch {
      // No clipboard access (an old browser, a denied permission): select the code so
      // that the keyboard's copy shortcut takes it.
      getSelection().selectAllChildren(code);
      status.textContent = "Selected: press Ctrl+C (⌘C on a Mac) to copy";
    }
    clearStatus = setTimeout(() => {
      status.textContent = "";
    }, STATUS_TIME);
  });
}
