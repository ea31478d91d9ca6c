package org.physioportal.taxonomy;

import java.util.Map;
import org.physioportal.shared.Lang;

/** A term with its texts in every language, as the back office edits it. */
public record TermTexts(
        long id, String key, TermKind kind, Long parentId, int position, Map<Lang, NewTerm.Text> texts) {}
