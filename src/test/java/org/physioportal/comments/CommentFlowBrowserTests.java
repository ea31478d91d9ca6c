package org.physioportal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physioportal.BrowserSupport;
import org.physioportal.BrowserTest;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A person's way through accounts and comments, in real Chromium and only through the pages:
 * register, confirm the e-mail (read from GreenMail), log in, comment and reply with htmx, a
 * moderator approves, a reader sees it. Also without JavaScript, and with axe-core on every form
 * page at desktop and phone width.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CommentFlowBrowserTests extends BrowserTest {

    /** Port 3025, as application-test.yml expects; running before any test sends mail. */
    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    static final String ARTICLE = "/en/articles/running-and-lower-back-pain";
    static final String CONFIGURED_BASE = "http://localhost:8080";
    static final Pattern VERIFY_LINK = Pattern.compile("https?://[^\\s/]+(/account/verify\\?\\S+)");
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @Autowired
    AccountsApi accounts;

    @Test
    void newMemberCommentsAndRepliesAModeratorApprovesAndReadersSeeBoth() throws Exception {
        String email = "flow-" + System.nanoTime() + "@test.example";
        String password = "Stretch the hamstrings daily 7";
        String comment = "Running on grass helped my back, thank you. " + System.nanoTime();
        String reply = "Same here: shorter strides made the difference. " + System.nanoTime();

        try (BrowserContext member = newContext(true)) {
            Page page = member.newPage();

            // From the article to the registration form, next to the login link
            page.navigate(url(ARTICLE));
            page.locator("#comments .comment-login")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("create an account"))
                    .click();
            page.waitForURL("**/register?lang=en&next=**");
            assertThat(page.locator("input[name=next]").inputValue()).isEqualTo(ARTICLE + "#comments");
            page.locator("#email").fill(email);
            page.locator("#displayName").fill("Hana Runner");
            page.locator("#password").fill(password);
            page.locator("form.stacked-form button[type=submit]").click();
            assertThat(page.locator("h1").innerText()).isEqualTo("Check your e-mail");

            // The confirmation link from the mail, on this test server instead of the configured one
            String link = verificationLink(email);
            assertThat(link).startsWith(CONFIGURED_BASE + "/account/verify?");
            page.navigate(url(link.substring(CONFIGURED_BASE.length())));
            assertThat(page.locator("h1").innerText()).isEqualTo("Your e-mail address is confirmed");

            // The confirmation page's login link carries the article on: the login returns there
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in"))
                    .last()
                    .click();
            page.waitForURL("**/login?**");
            assertThat(page.locator("input[name=next]").inputValue()).isEqualTo(ARTICLE + "#comments");
            logIn(page, email, password);
            page.waitForURL(url(ARTICLE) + "#comments");
            assertThat(page.locator("#comment-body").isVisible()).isTrue();

            // A comment with htmx: the section is swapped, the page stays (the marker survives)
            page.evaluate("window.__marker = 1");
            page.locator("#comment-body").fill(comment);
            page.locator("form.comment-form button[type=submit]").click();
            page.locator("#comments .notice")
                    .filter(new Locator.FilterOptions().setHasText("once a moderator approves it"))
                    .waitFor();
            assertThat(page.evaluate("window.__marker")).isEqualTo(1);
            // The notice has the focus, beside the member's own comment, which is marked as waiting
            Locator mine = page.locator("#comments li.comment.pending", new Page.LocatorOptions().setHasText(comment));
            assertThat(mine.locator(".pending-badge").innerText()).isEqualTo("Awaiting approval");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("comment-notice");
            assertThat(mine.locator("#comment-notice").count()).isEqualTo(1);

            // A reply to a published demo comment, again swapped in place
            Locator parent = page.locator("#comments > .comment-list > li.comment:not(.pending):has(> article)")
                    .last();
            String parentId = parent.getAttribute("id");
            page.evaluate("document.querySelector('#comments').dataset.before = 'reply'");
            parent.locator(":scope > article details")
                    .filter(new Locator.FilterOptions()
                            .setHas(page.locator("summary", new Page.LocatorOptions().setHasText("Reply"))))
                    .first()
                    .locator("summary")
                    .click();
            Locator replyForm = parent.locator(":scope > article form[action='/comments']");
            replyForm.locator("textarea").fill(reply);
            replyForm.locator("button[type=submit]").click();
            page.locator("#comments:not([data-before])").waitFor();
            assertThat(page.locator("#comments .notice").innerText()).contains("once a moderator approves it");
            assertThat(page.evaluate("window.__marker")).isEqualTo(1);
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("comment-notice");
            Locator myReply = page.locator("#" + parentId + " .replies li.comment.pending");
            assertThat(myReply.innerText()).contains(reply, "Awaiting approval");
            assertThat(page.locator("#comments li.comment.pending").count()).isEqualTo(2);
            assertThat(page.locator(
                                    "#comments li.comment.pending details summary",
                                    new Page.LocatorOptions().setHasText("Reply"))
                            .count())
                    .as("no replies to a comment that waits")
                    .isZero();

            // axe and screenshots of the article with the forms a member sees (one reply form open)
            page.locator("#" + parentId + " > article details summary").first().click();
            checkPage(page, ARTICLE, "comments-article-member", true);

            // The account page lists both, waiting, with links to them
            page.navigate(url("/account?lang=en"));
            assertThat(page.locator(".own-comment.pending").count()).isEqualTo(2);
            assertThat(page.locator(".own-comment.pending a").first().getAttribute("href"))
                    .startsWith(ARTICLE + "#comment-");
            checkPage(page, "/account?lang=en", "accounts-profile-member", true);
        }

        // A moderator approves both in a context of their own
        TestAccount moderator = AccountFixtures.create(accounts, Role.MODERATOR);
        String queuedAt;
        try (BrowserContext staff = newContext(true)) {
            Page page = staff.newPage();
            page.navigate(url("/login?lang=en"));
            logIn(page, moderator.email(), AccountFixtures.PASSWORD);
            page.waitForURL("**/en");
            page.navigate(url("/moderation?lang=en"));
            checkPage(page, "/moderation?lang=en", "comments-moderation", false);
            queuedAt = item(page, comment).locator("time").innerText();
            for (String text : List.of(comment, reply)) {
                item(page, text)
                        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve"))
                        .click();
                page.waitForURL("**/moderation?lang=en");
                assertThat(page.locator(".moderation .notice").isVisible()).isTrue();
                assertThat(page.locator(".moderation-item", new Page.LocatorOptions().setHasText(text))
                                .count())
                        .isZero();
            }
        }

        // An anonymous reader sees both, published now, the reply under its parent, at the time the queue showed
        try (BrowserContext reader = newContext(true)) {
            Page page = reader.newPage();
            page.navigate(url(ARTICLE));
            Locator posted = page.locator("#comments li.comment", new Page.LocatorOptions().setHasText(comment))
                    .last();
            assertThat(posted.locator("header strong").innerText()).isEqualTo("Hana Runner");
            assertThat(posted.locator("time").innerText())
                    .as("moderation queue and article show the same clinic time")
                    .isEqualTo(queuedAt);
            assertThat(page.locator("#comments .replies")
                            .filter(new Locator.FilterOptions().setHasText(reply))
                            .count())
                    .isEqualTo(1);
            assertThat(page.locator("#comments").innerText()).contains(comment, reply);
            assertThat(page.locator("#comments .pending-badge").count()).isZero();
        }
    }

    @Test
    void withoutJavaScriptACommentIsPostedAndThePageComesBack() {
        TestAccount member = AccountFixtures.create(accounts, Role.MEMBER);
        String comment = "Posted without JavaScript " + System.nanoTime();
        try (BrowserContext plain = newContext(false)) {
            Page page = plain.newPage();
            page.navigate(url("/login?lang=en&next=" + ARTICLE));
            logIn(page, member.email(), AccountFixtures.PASSWORD);
            page.waitForURL(url(ARTICLE));
            assertThat(page.evaluate("typeof htmx")).isEqualTo("undefined");

            page.locator("#comment-body").fill(comment);
            Response answer = page.waitForResponse(
                    r -> r.url().equals(url("/comments"))
                            && "POST".equals(r.request().method()),
                    () -> page.locator("form.comment-form button[type=submit]").click());
            assertThat(answer.status()).isEqualTo(303);
            assertThat(answer.headerValue("location")).contains(ARTICLE + "#comment-");
            page.waitForURL(url(ARTICLE) + "#comment-*");
            assertThat(page.locator("#comments .notice").innerText()).contains("once a moderator approves it");
            // The browser moved the focus to the member's own waiting comment, which starts with the notice
            Locator mine = page.locator("#comments li.comment.pending", new Page.LocatorOptions().setHasText(comment));
            assertThat(mine.locator("#comment-notice").count()).isEqualTo(1);
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo(mine.getAttribute("id"));
            assertThat(page.evaluate("document.activeElement.firstElementChild.id"))
                    .isEqualTo("comment-notice");
        }
    }

    @Test
    void accountPagesPassAxe() {
        try (BrowserContext anonymous = newContext(true)) {
            Page page = anonymous.newPage();
            checkPage(page, "/login?lang=en", "accounts-login", false);
            checkPage(page, "/register?lang=en", "accounts-register", false);
            // The registration form with every field refused, as a person who got it wrong sees it
            page.locator("#email").fill("not an address");
            page.locator("#displayName").fill("x");
            page.locator("#password").fill("short");
            page.locator("form.stacked-form button[type=submit]").click();
            page.locator(".field-error").first().waitFor();
            assertThat(page.locator(".field-error").count()).isEqualTo(3);
            assertThat(page.locator("[aria-invalid=true]").count()).isEqualTo(3);
            checkCurrentPage(page, "/register (refused)", "accounts-register-errors");
        }
        TestAccount admin = AccountFixtures.create(accounts, Role.ADMIN);
        try (BrowserContext staff = newContext(true)) {
            Page page = staff.newPage();
            page.navigate(url("/login?lang=en"));
            logIn(page, admin.email(), AccountFixtures.PASSWORD);
            page.waitForURL("**/en");
            checkPage(page, "/admin/accounts?lang=en", "accounts-admin", false);
            // An admin's account page also offers the e-mail about waiting comments
            page.navigate(url("/account?lang=en"));
            assertThat(page.locator("#notifyModeration").isVisible()).isTrue();
            checkPage(page, "/account?lang=en", "accounts-profile-admin", true);
        }
    }

    private BrowserContext newContext(boolean javaScript) {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 900)
                .setLocale("en-GB")
                .setJavaScriptEnabled(javaScript));
    }

    private static void logIn(Page page, String email, String password) {
        page.locator("#email").fill(email);
        page.locator("#password").fill(password);
        page.locator("form.stacked-form button[type=submit]").click();
    }

    private static Locator item(Page page, String text) {
        Locator item = page.locator(".moderation-item", new Page.LocatorOptions().setHasText(text));
        assertThat(item.count()).as("queued: " + text).isEqualTo(1);
        return item;
    }

    /** The link of the confirmation mail sent to {@code email}. */
    private static String verificationLink(String email) throws Exception {
        assertThat(greenMail.waitForIncomingEmail(15_000, 1)).isTrue();
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                boolean toUs = Arrays.stream(message.getAllRecipients())
                        .anyMatch(a -> a.toString().equalsIgnoreCase(email));
                if (toUs) {
                    Matcher m = VERIFY_LINK.matcher(message.getContent().toString());
                    assertThat(m.find()).as("link in the mail").isTrue();
                    return m.group();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + email);
    }

    /** Opens a page and checks it at desktop and phone width. */
    private void checkPage(Page page, String path, String name, boolean keepState) {
        if (!keepState) {
            page.navigate(url(path));
        }
        checkCurrentPage(page, path, name);
    }

    /** axe-core (WCAG 2.2 AA tags, no serious or critical violations), no sideways scrolling, screenshots. */
    private static void checkCurrentPage(Page page, String what, String name) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            List<Rule> violations =
                    new AxeBuilder(page).withTags(WCAG).analyze().getViolations();
            assertThat(violations.stream()
                            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                            .map(v -> v.getId() + " (" + v.getImpact() + "): "
                                    + v.getNodes().getFirst().getHtml())
                            .toList())
                    .as("%s at %d px", what, width)
                    .isEmpty();
            violations.forEach(v -> System.out.println(
                    "[axe] " + what + " " + width + " px: " + v.getId() + " (" + v.getImpact() + ")"));
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("%s fits %d px without sideways scrolling", what, width)
                    .isTrue();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSupport.SCREENSHOTS.resolve(name + "-" + width + ".png"))
                    .setFullPage(true));
            if (page.locator("#comments").count() == 1) {
                page.locator("#comments")
                        .screenshot(new Locator.ScreenshotOptions()
                                .setPath(BrowserSupport.SCREENSHOTS.resolve(name + "-section-" + width + ".png")));
            }
        }
        page.setViewportSize(1280, 900);
    }
}
