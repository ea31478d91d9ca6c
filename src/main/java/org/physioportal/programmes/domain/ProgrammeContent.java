package org.physioportal.programmes.domain;

import java.time.LocalDate;
import java.util.List;

/** A programme's checked content: what a form or a template fills it with. */
public record ProgrammeContent(
        String title, String aim, LocalDate startDate, LocalDate reviewDate, List<ProgrammeItem> items) {}
