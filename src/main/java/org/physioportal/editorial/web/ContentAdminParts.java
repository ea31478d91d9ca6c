package org.physioportal.editorial.web;

import jakarta.validation.Validator;
import org.physioportal.editorial.domain.ContentEditing;
import org.physioportal.editorial.domain.GroupKeys;
import org.physioportal.editorial.domain.WorkflowSteps;
import org.springframework.stereotype.Component;

/** What every content type's back-office controller is built on: the editorial core and the form's checks. */
@Component
record ContentAdminParts(
        ContentEditing editing, WorkflowSteps steps, ContentFormPage pages, GroupKeys groupKeys, Validator validator) {}
