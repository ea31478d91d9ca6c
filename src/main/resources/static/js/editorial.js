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

// The address suggested from the title (or an exercise's name) while the editor has not typed one:
// lower-case letters, digits and hyphens, Czech letters without their accents.
document.addEventListener("DOMContentLoaded", () => {
  const slug = document.getElementById("slug");
  const title = document.getElementById("title") || document.getElementById("name");
  if (!slug || !title || slug.value !== "") {
    return;
  }
  let typed = false;
  slug.addEventListener("input", () => {
    typed = slug.value !== "";
  });
  title.addEventListener("input", () => {
    if (!typed) {
      slug.value = title.value
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 160)
        .replace(/-+$/, "");
    }
  });
});

// A warning before leaving the page, or taking a workflow step, with changes not yet saved.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form[data-unsaved-warning]");
  if (!form) {
    return;
  }
  let dirty = false;
  form.addEventListener("input", () => {
    dirty = true;
  });
  form.addEventListener("submit", () => {
    dirty = false;
  });
  window.addEventListener("beforeunload", (event) => {
    if (dirty) {
      event.preventDefault();
    }
  });
  document.querySelectorAll(".workflow-actions form").forEach((step) => {
    step.addEventListener("submit", (event) => {
      if (dirty && !window.confirm(form.dataset.unsavedMessage)) {
        event.preventDefault();
      } else {
        dirty = false;
      }
    });
  });
});
