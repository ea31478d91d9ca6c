// Back office: inserts the chosen exercise figures into the article body as {{figures key ...}} on a
// line of its own, at the cursor, and lets htmx refresh the preview. Without JavaScript editors type
// the line themselves (the keys are listed next to each exercise).
document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("insert-figures");
  const choice = document.getElementById("figure-choice");
  const body = document.getElementById("body");
  if (!button || !choice || !body) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", () => {
    const keys = Array.from(choice.selectedOptions).map((option) => option.value);
    if (keys.length === 0) {
      return;
    }
    const at = body.selectionEnd ?? body.value.length;
    let before = body.value.slice(0, at);
    const after = body.value.slice(at).replace(/^\n+/, "");
    if (before.length > 0 && !before.endsWith("\n\n")) {
      before += before.endsWith("\n") ? "\n" : "\n\n";
    }
    body.value = before + "{{figures " + keys.join(" ") + "}}\n\n" + after;
    choice.selectedIndex = -1;
    body.dispatchEvent(new Event("input", { bubbles: true }));
    body.focus();
  });
});
