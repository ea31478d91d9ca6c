// Back office: inserts embeds into the article body at the cursor, each on a line of its own, and
// lets htmx refresh the preview: the chosen exercise figures as {{figures key ...}} and a media
// library picture as {{picture id}}. Without JavaScript editors type the line themselves (the keys
// and ids are listed in brackets next to each choice).
document.addEventListener("DOMContentLoaded", () => {
  const body = document.getElementById("body");
  const insert = (line) => {
    const at = body.selectionEnd ?? body.value.length;
    let before = body.value.slice(0, at);
    const after = body.value.slice(at).replace(/^\n+/, "");
    if (before.length > 0 && !before.endsWith("\n\n")) {
      before += before.endsWith("\n") ? "\n" : "\n\n";
    }
    body.value = before + line + "\n\n" + after;
    body.dispatchEvent(new Event("input", { bubbles: true }));
    body.focus();
  };
  const picker = (buttonId, choiceId, line) => {
    const button = document.getElementById(buttonId);
    const choice = document.getElementById(choiceId);
    if (!button || !choice || !body) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", () => {
      const values = Array.from(choice.selectedOptions)
        .map((option) => option.value)
        .filter((value) => value !== "");
      if (values.length > 0) {
        insert(line(values));
        choice.selectedIndex = choice.multiple ? -1 : 0;
      }
    });
  };
  picker("insert-figures", "figure-choice", (keys) => "{{figures " + keys.join(" ") + "}}");
  picker("insert-picture", "picture-choice", (ids) => "{{picture " + ids[0] + "}}");
});
