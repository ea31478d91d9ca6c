// Media library: drop a file on an upload form (or pick it), then the form is sent with a progress
// bar. The answer replaces the page's main content: the library with the new file, or the problems.
// Without JavaScript the forms are ordinary multipart forms.
(function () {
  function token(form) {
    const field = form.querySelector("input[name=_csrf]");
    return field ? field.value : "";
  }

  function enhance(form) {
    const zone = form.querySelector(".drop-zone");
    const input = form.querySelector("input[type=file]");
    const progress = form.querySelector(".upload-progress");
    ["dragenter", "dragover"].forEach((name) =>
      zone.addEventListener(name, (event) => {
        event.preventDefault();
        zone.classList.add("dragging");
      }));
    ["dragleave", "drop"].forEach((name) =>
      zone.addEventListener(name, () => zone.classList.remove("dragging")));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      if (event.dataTransfer && event.dataTransfer.files.length > 0) {
        input.files = event.dataTransfer.files;
      }
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.setRequestHeader("X-CSRF-TOKEN", token(form));
      progress.hidden = false;
      progress.value = 0;
      request.upload.addEventListener("progress", (e) => {
        if (e.lengthComputable) {
          progress.value = Math.round((e.loaded / e.total) * 100);
        }
      });
      request.addEventListener("load", () => {
        if (request.status < 400 && request.responseURL) {
          window.location.assign(request.responseURL);
          return;
        }
        const page = new DOMParser().parseFromString(request.responseText, "text/html");
        const main = page.querySelector("main");
        if (main) {
          document.querySelector("main").replaceWith(document.adoptNode(main));
          init();
          const alert = document.querySelector("main [role=alert]");
          if (alert) {
            alert.setAttribute("tabindex", "-1");
            alert.focus();
          }
        }
      });
      request.addEventListener("error", () => {
        progress.hidden = true;
      });
      request.send(new FormData(form));
    });
  }

  function init() {
    document.querySelectorAll("form.upload-form").forEach(enhance);
  }

  document.addEventListener("DOMContentLoaded", init);
})();
