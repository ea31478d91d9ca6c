package org.physioportal.programmes.handout;

import java.util.List;

/**
 * What a printed programme shows, every text already in its language: the programme's own texts,
 * then one row per exercise with a cell per language (one language, or Czech and English side by
 * side), and the QR code of the online programme.
 */
record Handout(
        String htmlLang,
        String heading,
        String title,
        String aim,
        String dates,
        List<Row> rows,
        String qrDataUri,
        String link,
        String scanHint) {

    record Row(int number, List<Cell> cells) {}

    /** One exercise in one language; {@code picture} is a data URI or null. */
    record Cell(
            String lang,
            String name,
            String picture,
            String pictureAlt,
            String stepsLabel,
            List<String> steps,
            String dosageLabel,
            String dosage,
            String note) {}
}
