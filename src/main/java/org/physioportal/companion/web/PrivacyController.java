package org.physioportal.companion.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.companion.domain.HealthData;
import org.physioportal.shared.Json;
import org.physioportal.shared.Lang;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** "Who has seen my data", export (JSON and CSV) and deleting everything. */
@Controller
class PrivacyController {

    private final HealthData data;

    PrivacyController(HealthData data) {
        this.data = data;
    }

    @GetMapping("/{lang:[a-z]{2}}/my/privacy")
    ModelAndView show(@PathVariable("lang") String code, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        return new ModelAndView("companion/privacy")
                .addObject("lang", lang.code())
                .addObject("record", data.accessRecord(me.id(), 200));
    }

    @GetMapping("/{lang:[a-z]{2}}/my/privacy/export.json")
    ResponseEntity<String> json(@PathVariable("lang") String code, @AuthenticationPrincipal AccountPrincipal me) {
        Lang.require(code);
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("account", me.email());
        all.put("sections", data.export(me.id()));
        return download(Json.write(all), MediaType.APPLICATION_JSON, "my-health-data.json");
    }

    @GetMapping("/{lang:[a-z]{2}}/my/privacy/export.csv")
    ResponseEntity<String> csv(@PathVariable("lang") String code, @AuthenticationPrincipal AccountPrincipal me) {
        Lang.require(code);
        return download(
                HealthData.csv(data.export(me.id())),
                new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
                "my-health-data.csv");
    }

    @PostMapping("/{lang:[a-z]{2}}/my/privacy/delete")
    ModelAndView delete(
            @PathVariable("lang") String code,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String confirm) {
        Lang lang = Lang.require(code);
        if (!"yes".equals(confirm)) {
            var page = show(code, me).addObject("error", "privacy.delete.confirm-required");
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        data.deleteAll(me.id());
        return new ModelAndView("redirect:/" + lang.code() + "/my/privacy?deleted");
    }

    private static ResponseEntity<String> download(String body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
