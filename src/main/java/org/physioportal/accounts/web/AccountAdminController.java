package org.physioportal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.Role;
import org.physioportal.accounts.domain.AccountProblem;
import org.physioportal.accounts.domain.AccountService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Admins find accounts and grant roles. */
@Controller
class AccountAdminController {

    private static final String VIEW = "accounts/admin";

    private final AccountService service;

    AccountAdminController(AccountService service) {
        this.service = service;
    }

    @GetMapping("/admin/accounts")
    ModelAndView list(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            HttpServletRequest request) {
        return listing(Forms.page(VIEW, request), q, page);
    }

    @PostMapping("/admin/accounts/{id}/roles")
    ModelAndView grant(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            @RequestParam(name = "role", required = false) List<Role> roles,
            @RequestParam(defaultValue = "") String q,
            HttpServletRequest request) {
        try {
            service.setRoles(me.id(), id, roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        } catch (AccountProblem problem) {
            return listing(Forms.invalid(VIEW, request, problem.errors()), q, 1);
        }
        return new ModelAndView(
                "redirect:/admin/accounts?saved=" + id + "&lang=" + me.lang().code());
    }

    private ModelAndView listing(ModelAndView page, String q, int number) {
        var result = service.search(q, Math.max(1, Math.min(number, 10_000)));
        return page.addObject("accounts", result.getContent())
                .addObject("q", q)
                .addObject("roles", Role.values())
                .addObject("pageNumber", result.getNumber() + 1)
                .addObject("totalPages", result.getTotalPages());
    }
}
