package org.physioportal.editorial.web;

import org.physioportal.shared.Lang;

/** What every back-office content form has: its translation group, language, address and version. */
interface ContentForm {

    String getGroupKey();

    void setGroupKey(String groupKey);

    Lang getLanguage();

    void setLanguage(Lang language);

    String getSlug();

    Integer getVersion();

    void setVersion(Integer version);

    /** The title or name, for the history. */
    String displayTitle();

    /** The form as plain lines, for comparing two revisions. */
    String readable();
}
