package org.physioportal.accounts.web;

import org.physioportal.accounts.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows who is looking ({@code viewer}, null for an anonymous reader). */
@ControllerAdvice
class ViewerAdvice {

    @ModelAttribute("viewer")
    AccountPrincipal viewer(@AuthenticationPrincipal AccountPrincipal principal) {
        return principal;
    }
}
