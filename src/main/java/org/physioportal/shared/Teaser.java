package org.physioportal.shared;

/**
 * What a block that leads the reader on shows of an item: a title, a short text (an exercise's goal,
 * an article's lead), a link and optionally a picture.
 */
public record Teaser(
        ContentRef ref, String title, String text, String url, String imageUrl, String imageAlt, long commentCount) {

    /** The same teaser showing {@code count} published comments. */
    public Teaser withCommentCount(long count) {
        return new Teaser(ref, title, text, url, imageUrl, imageAlt, count);
    }

    /** The text cut at a word boundary to at most {@code max} characters, with an ellipsis when cut. */
    public String shortText(int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
    }
}
