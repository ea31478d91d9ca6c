package org.physioportal.comments.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.comments.CommentsApi;
import org.physioportal.comments.NewComment;
import org.physioportal.comments.domain.Comment;
import org.physioportal.comments.domain.CommentPosting;
import org.physioportal.comments.domain.CommentProblem;
import org.physioportal.comments.domain.CommentStatus;
import org.physioportal.comments.domain.Targets;
import org.physioportal.platform.limits.TooManyRequestsException;
import org.physioportal.shared.ContentDirectory.ContentLink;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Comment forms. With htmx the answer is the page's comment section, swapped in place; without
 * JavaScript the browser is sent back to the page (303), or, when the input cannot be accepted, to
 * a page that explains why and keeps what was typed (4xx). Either way the notice stands beside the
 * comment it is about ({@code noticeFor}) when that comment is on the page, else at the top of the
 * section, and takes the focus: htmx moves it to the {@code autofocus} notice after the swap; a
 * browser without JavaScript is sent to the comment ({@code #comment-{id}}, whose list item is then
 * focusable and starts with the notice) or to the notice itself, and moves the focus there.
 */
@Controller
class CommentController {

    private final CommentPosting posting;
    private final CommentsApi comments;
    private final Targets targets;

    CommentController(CommentPosting posting, CommentsApi comments, Targets targets) {
        this.posting = posting;
        this.comments = comments;
        this.targets = targets;
    }

    @PostMapping("/comments")
    ModelAndView post(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam ContentType targetType,
            @RequestParam long targetId,
            @RequestParam(required = false) Long parentId,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) String key,
            @RequestParam(name = "website", required = false) String honeypot,
            HttpServletRequest request,
            RedirectAttributes flash) {
        var target = new ContentRef(targetType, targetId);
        var input = new NewComment(target, parentId, body, key, honeypot);
        CommentPosting.Posted posted;
        try {
            posted = posting.post(me, input);
        } catch (DataIntegrityViolationException sameKeyAtOnce) {
            posted = posting.post(me, input);
        }
        String notice = posted.status() == CommentStatus.PUBLISHED ? "comment.posted" : "comment.pending";
        return answer(request, flash, target, posted.target(), posted.id(), notice);
    }

    @PostMapping("/comments/{id}/edit")
    ModelAndView edit(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String body,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Comment comment = posting.edit(me, id, body);
        return answer(request, flash, comment.target(), null, comment.id(), "comment.edited");
    }

    @PostMapping("/comments/{id}/delete")
    ModelAndView delete(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Comment comment = posting.delete(me, id);
        return answer(request, flash, comment.target(), null, null, "comment.deleted");
    }

    @PostMapping("/comments/{id}/report")
    ModelAndView report(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            HttpServletRequest request,
            RedirectAttributes flash) {
        Comment comment = posting.report(me, id, reason);
        return answer(request, flash, comment.target(), null, comment.id(), "comment.reported");
    }

    /** The answer about a comment on {@code target}; {@code page} is its link when already known, else looked up. */
    private ModelAndView answer(
            HttpServletRequest request,
            RedirectAttributes flash,
            ContentRef target,
            ContentLink page,
            Long commentId,
            String notice) {
        if (isHtmx(request)) {
            return section(target, notice, null, null, HttpStatus.OK).addObject("noticeFor", commentId);
        }
        flash.addFlashAttribute("commentNotice", notice);
        flash.addFlashAttribute("noticeFor", commentId);
        String anchor = commentId == null ? "#comment-notice" : "#comment-" + commentId;
        var redirect = new ModelAndView("redirect:" + (page != null ? page : targets.require(target)).url() + anchor);
        redirect.setStatus(HttpStatus.SEE_OTHER);
        return redirect;
    }

    @ExceptionHandler(CommentProblem.class)
    ModelAndView problem(CommentProblem problem, HttpServletRequest request) {
        return refused(request, problem.status(), problem.messageKey());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ModelAndView tooMany(TooManyRequestsException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return refused(request, HttpStatus.TOO_MANY_REQUESTS, "comment.too-many");
    }

    /** The refusal, with the typed text kept: in the comment section (htmx) or on its own page. */
    private ModelAndView refused(HttpServletRequest request, HttpStatus status, String messageKey) {
        String draft = request.getParameter("body");
        ContentRef target = targetOf(request);
        if (isHtmx(request) && target != null && targets.find(target).isPresent()) {
            return section(target, null, messageKey, draft, status);
        }
        var page = new ModelAndView("comments/refused", status);
        page.addObject("error", messageKey);
        page.addObject("draft", draft);
        page.addObject("page", target == null ? null : targets.find(target).orElse(null));
        return page;
    }

    private ModelAndView section(ContentRef target, String notice, String error, String draft, HttpStatus status) {
        var fragment = new ModelAndView("comments/_thread :: thread", status);
        fragment.addObject("thread", comments.thread(target));
        fragment.addObject("commentNotice", notice);
        fragment.addObject("commentError", error);
        fragment.addObject("commentDraft", draft);
        return fragment;
    }

    private ContentRef targetOf(HttpServletRequest request) {
        try {
            return new ContentRef(
                    ContentType.valueOf(request.getParameter("targetType")),
                    Long.parseLong(request.getParameter("targetId")));
        } catch (RuntimeException notGiven) {
            // edit, delete, report: the page is the one of the comment named in the path
            var pathVariables =
                    (java.util.Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            Object id = pathVariables == null ? null : pathVariables.get("id");
            return id instanceof String s && s.matches("\\d{1,18}")
                    ? posting.targetOf(Long.parseLong(s)).orElse(null)
                    : null;
        }
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
