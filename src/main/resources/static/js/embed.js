// Privacy-enhanced video embeds load only when the reader asks: the link becomes the player.
document.querySelectorAll("a[data-embed]").forEach(function (link) {
  link.addEventListener("click", function (event) {
    event.preventDefault();
    var frame = document.createElement("iframe");
    frame.src = link.href + (link.href.indexOf("?") < 0 ? "?" : "&") + "autoplay=1";
    frame.title = link.dataset.title;
    frame.width = "640";
    frame.height = "360";
    frame.allow = "autoplay; fullscreen; picture-in-picture";
    frame.setAttribute("allowfullscreen", "");
    var player = link.closest(".player");
    player.replaceChildren(frame);
    frame.focus();
  });
});
