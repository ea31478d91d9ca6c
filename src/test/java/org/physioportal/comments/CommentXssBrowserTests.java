package org.physioportal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.physioportal.BrowserSupport;
import org.physioportal.BrowserTest;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.comments.domain.CommentPosting;
import org.physioportal.comments.domain.CommentProblem;
import org.physioportal.comments.domain.CommentStatus;
import org.physioportal.comments.domain.Moderation;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.UserText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hostile text in every place a reader can put it (comment bodies, display names, link targets,
 * comments waiting for moderation) stays inert in real Chromium: no dialog, no event-handler
 * attribute, no script-capable URL, no embedding element, and the text is shown, escaped.
 *
 * <p>The posting limit is raised here so that one account can post the whole corpus.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.limits.comment-post.capacity=100000")
@ActiveProfiles("test")
class CommentXssBrowserTests extends BrowserTest {

    static final String ARTICLE = "/en/articles/running-and-lower-back-pain";
    static final Path OWN_PAYLOADS = Path.of("src/test/resources/xss/payloads.txt");
    static final Path WFUZZ_PAYLOADS = Path.of("/usr/share/wfuzz/wordlist/Injections/XSS.txt");

    /** Elements or selectors that must never appear inside the comment section or the queue. */
    static final String FORBIDDEN_INSIDE = "script, iframe, frame, frameset, object, embed, applet, base,"
            + " meta[http-equiv], link, style, svg, math, img, video, audio, source, template, isindex,"
            + " [style], [autofocus], [srcdoc], [formaction], [xlink\\:href]";

    /** Everything the comment Markdown may produce; anything else in a comment body is a leak. */
    static final Set<String> BODY_ELEMENTS = Set.of("p", "br", "em", "strong", "ul", "ol", "li", "code", "a");

    /**
     * Runs in the page; returns every problem found. {@code scopes}: the parts of the page that
     * show reader text ({@code #comments}, {@code .moderation}).
     */
    static final String CHECK_DOM = """
            ([scopes, forbidden, bodyElements]) => {
              const problems = [];
              const norm = v => v.replace(/[\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u206f\\u3000\\ufeff]/g, '').toLowerCase();
              const show = el => el.outerHTML.slice(0, 160);
              const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster',
                  'background', 'cite', 'dynsrc', 'lowsrc', 'srcset', 'ping'];
              for (const el of document.querySelectorAll('*')) {
                const inside = el.closest(scopes) !== null;
                for (const a of el.attributes) {
                  const name = a.name.toLowerCase();
                  if (name.startsWith('on')) {
                    problems.push('event handler ' + name + ': ' + show(el));
                  }
                  if (urlAttributes.includes(name)) {
                    const v = norm(a.value);
                    if (v.startsWith('javascript:') || v.startsWith('vbscript:') || (inside && v.startsWith('data:'))) {
                      problems.push('script-capable URL in ' + name + ': ' + show(el));
                    }
                  }
                }
              }
              for (const scope of document.querySelectorAll(scopes)) {
                for (const el of scope.querySelectorAll(forbidden)) {
                  problems.push('forbidden element: ' + show(el));
                }
                for (const body of scope.querySelectorAll('.comment-body')) {
                  for (const el of body.querySelectorAll('*')) {
                    if (!bodyElements.includes(el.localName) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
                      problems.push('unexpected element in a comment: ' + show(el));
                    }
                    for (const a of el.attributes) {
                      if (!(el.localName === 'a' && (a.name === 'href' || a.name === 'rel'))) {
                        problems.push('unexpected attribute ' + a.name + ' in a comment: ' + show(el));
                      }
                    }
                  }
                }
              }
              return problems;
            }""";

    /** Comment id to author name and body text, for every comment or queue item on the page. */
    static final String COMMENT_TEXTS = """
            () => {
              const texts = {};
              for (const li of document.querySelectorAll('#comments li.comment')) {
                const article = li.querySelector(':scope > article');
                if (!article) continue;
                texts[li.id.replace('comment-', '')] = {
                  name: article.querySelector('header strong').textContent,
                  body: article.querySelector('.comment-body').textContent };
              }
              for (const li of document.querySelectorAll('.moderation-item')) {
                const form = li.querySelector('form[action*="/approve"]');
                if (!form) continue; // a recently hidden comment, not one waiting in the queue
                const id = form.getAttribute('action').replace(/^.*\\/comments\\/(\\d+)\\/approve.*$/, '$1');
                texts[id] = {
                  name: li.querySelector('header strong').textContent,
                  body: li.querySelector('.comment-body').textContent };
              }
              return texts;
            }""";

    @Autowired
    CommentPosting posting;

    @Autowired
    Moderation moderation;

    @Autowired
    AccountsApi accounts;

    @Autowired
    ArticlesApi articles;

    /** One line of a payload list. */
    record Payload(String source, int line, String text) {}

    /** What became of one channel: stored comments (id to payload) and the refused payloads. */
    static final class Channel {
        final String name;
        final Map<Long, String> stored = new LinkedHashMap<>();
        final List<String> refused = new ArrayList<>();

        Channel(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name + ": " + stored.size() + " stored, " + refused.size() + " refused";
        }
    }

    @Test
    void hostileTextStaysInertOnTheArticleAndInTheModerationQueue() throws IOException {
        List<Payload> payloads = new ArrayList<>(load(OWN_PAYLOADS));
        assertThat(payloads).as("own payload corpus").hasSizeGreaterThanOrEqualTo(50);
        if (Files.isReadable(WFUZZ_PAYLOADS)) {
            payloads.addAll(load(WFUZZ_PAYLOADS));
        } else if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs Debian wfuzz's list at " + WFUZZ_PAYLOADS);
        } else {
            System.out.println("[xss] " + WFUZZ_PAYLOADS + " is missing: only the own corpus is used");
        }
        List<String> texts = payloads.stream().map(Payload::text).distinct().toList();

        ContentRef article = new ContentRef(
                ContentType.ARTICLE,
                articles.findPublished(Lang.EN, "running-and-lower-back-pain")
                        .orElseThrow()
                        .id());
        var moderatorAccount = AccountFixtures.create(accounts, Role.MODERATOR);
        AccountPrincipal moderator = principal(moderatorAccount.id(), moderatorAccount.email(), Role.MODERATOR);

        // (a) comment bodies, published at once (staff)
        Channel bodies = new Channel("bodies");
        for (String text : texts) {
            post(moderator, article, text, bodies, CommentStatus.PUBLISHED);
        }
        // (b) display names: each account posts one comment that is approved and one that waits
        Channel names = new Channel("display names");
        Channel waitingNames = new Channel("display names (waiting)");
        int n = 0;
        for (String text : texts) {
            n++;
            String name = UserText.clean(text);
            if (UserText.problem(text, 2, 50).isPresent()) {
                names.refused.add(text);
                continue;
            }
            long id;
            try {
                id = accounts.createVerified(
                        "xss-name-" + n + "-" + System.nanoTime() + "@test.example",
                        name,
                        AccountFixtures.PASSWORD,
                        Lang.EN,
                        Set.of(Role.MEMBER));
            } catch (RuntimeException refused) {
                names.refused.add(text);
                continue;
            }
            AccountPrincipal member = principal(id, "xss-name-" + n, Role.MEMBER);
            long shown = posting.post(member, newComment(article, "Plain comment " + n + " by a named member"))
                    .id();
            long waiting = posting.post(member, newComment(article, "Waiting comment " + n + " by a named member"))
                    .id();
            moderation.approve(shown);
            names.stored.put(shown, name);
            waitingNames.stored.put(waiting, name);
        }
        // (c) link targets in both Markdown forms
        Channel links = new Channel("link URLs");
        Set<String> urls = urlLike(texts);
        for (String url : urls) {
            post(moderator, article, "[click](" + url + ")", links, CommentStatus.PUBLISHED);
            post(moderator, article, "<" + url + ">", links, CommentStatus.PUBLISHED);
        }
        // (d) the same bodies from a new member: they wait in the moderation queue
        Channel pending = new Channel("pending bodies");
        var memberAccount = AccountFixtures.create(accounts, Role.MEMBER);
        AccountPrincipal member = principal(memberAccount.id(), memberAccount.email(), Role.MEMBER);
        for (String text : texts) {
            post(member, article, text, pending, CommentStatus.PENDING);
        }
        for (Channel c : List.of(bodies, names, links, pending)) {
            System.out.println("[xss] " + c + (c.refused.isEmpty() ? "" : "; refused: " + printable(c.refused)));
        }
        System.out.println("[xss] " + payloads.size() + " payload lines (" + texts.size() + " distinct), " + urls.size()
                + " URL-like values");
        assertThat(bodies.stored).hasSizeGreaterThanOrEqualTo(50);
        assertThat(names.stored).isNotEmpty();
        assertThat(links.stored).isNotEmpty();
        assertThat(pending.stored).hasSameSizeAs(bodies.stored);

        List<String> dialogs = new CopyOnWriteArrayList<>();
        BrowserContext context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
        try {
            context.addInitScript("document.addEventListener('securitypolicyviolation', e =>"
                    + " (window.__cspViolations = window.__cspViolations || [])"
                    + ".push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));");
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.type() + ": " + dialog.message() + " on " + page.url());
                dialog.dismiss();
            });

            // The article as an anonymous reader, then as the moderator (with every form shown).
            Map<String, Map<String, String>> shown = everyCommentPage(page, "article (anonymous)");
            assertShown(shown, bodies, names, links);
            open(page, ARTICLE);
            page.evaluate("id => document.getElementById(id).scrollIntoView()", "comments");
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("xss-article.png")));

            open(page, "/login?lang=en");
            page.locator("#email").fill(moderatorAccount.email());
            page.locator("#password").fill(AccountFixtures.PASSWORD);
            page.locator("form.stacked-form button[type=submit]").click();
            page.waitForURL("**/en");
            open(page, ARTICLE);
            assertThat(page.locator("#comment-body").count())
                    .as("comment form shown")
                    .isEqualTo(1);
            assertShown(everyCommentPage(page, "article (moderator)"), bodies, names, links);

            // The queue shows at most 100 items: check a batch, hide it, look at the next one.
            Map<Long, String> queued = new LinkedHashMap<>(pending.stored);
            Map<Long, String> queuedNames = new LinkedHashMap<>(waitingNames.stored);
            int batches = 0;
            while (true) {
                open(page, "/moderation?lang=en");
                Map<String, Map<String, String>> items = assertInert(page, "moderation queue batch " + (batches + 1));
                if (items.isEmpty()) {
                    break;
                }
                if (batches == 0) {
                    assertThat(page.locator(".moderation").textContent()).contains("<script>alert(1)</script>");
                    page.screenshot(new Page.ScreenshotOptions()
                            .setPath(BrowserSupport.SCREENSHOTS.resolve("xss-moderation.png")));
                }
                for (String id : items.keySet()) {
                    long commentId = Long.parseLong(id);
                    String body = queued.remove(commentId);
                    if (body != null) {
                        assertBody(items.get(id).get("body"), body, "queued comment " + id);
                    }
                    String name = queuedNames.remove(commentId);
                    if (name != null) {
                        assertThat(items.get(id).get("name"))
                                .as("queued name " + id)
                                .isEqualTo(name);
                    }
                    moderation.hide(commentId);
                }
                batches++;
                assertThat(batches).as("queue batches").isLessThan(20);
            }
            assertThat(queued).as("pending payloads never listed").isEmpty();
            assertThat(queuedNames).as("waiting named comments never listed").isEmpty();
            System.out.println("[xss] moderation queue looked at in " + batches + " batches");
        } finally {
            context.close();
        }
        assertThat(dialogs).as("dialogs opened by injected script").isEmpty();
    }

    /** Walks the article's comment pages from the newest to the oldest, checking each. */
    private Map<String, Map<String, String>> everyCommentPage(Page page, String label) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>();
        for (int n = 1; n < 1000; n++) {
            open(page, ARTICLE + "?comments=" + n);
            all.putAll(assertInert(page, label + " page " + n));
            if (page.locator("#comments .comment-pager a[href*='comments=" + (n + 1) + "']")
                            .count()
                    == 0) {
                break;
            }
        }
        return all;
    }

    /** Loads, waits for the network to settle and gives any injected handler a moment to run. */
    private void open(Page page, String path) {
        page.navigate("http://localhost:" + port + path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)");
        page.mouse().move(640, 450);
        page.waitForTimeout(300);
        page.evaluate("window.scrollTo(0, 0)");
    }

    /** The DOM checks; returns the comments shown, by id. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, String>> assertInert(Page page, String where) {
        List<String> problems = (List<String>) page.evaluate(
                CHECK_DOM, List.of("#comments, .moderation", FORBIDDEN_INSIDE, List.copyOf(BODY_ELEMENTS)));
        assertThat(problems).as(where).isEmpty();
        List<String> violations = (List<String>) page.evaluate("window.__cspViolations || []");
        assertThat(violations).as("CSP violations on " + where).isEmpty();
        page.setViewportSize(390, 844);
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("%s fits a phone without sideways scrolling", where)
                .isTrue();
        page.setViewportSize(1280, 900);
        return (Map<String, Map<String, String>>) page.evaluate(COMMENT_TEXTS);
    }

    /** Every stored comment is on the article with its name and its text, escaped rather than run. */
    private static void assertShown(
            Map<String, Map<String, String>> shown, Channel bodies, Channel names, Channel links) {
        for (Channel channel : List.of(bodies, links)) {
            channel.stored.forEach((id, text) -> {
                assertThat(shown)
                        .as(channel.name + " comment %d (%s)", id, printable(text))
                        .containsKey(id.toString());
                assertBody(shown.get(id.toString()).get("body"), text, channel.name + " comment " + id);
            });
        }
        names.stored.forEach((id, name) -> {
            assertThat(shown).as("named comment %d", id).containsKey(id.toString());
            assertThat(shown.get(id.toString()).get("name"))
                    .as("display name shown as text")
                    .isEqualTo(name);
        });
        List<String> blank = new ArrayList<>();
        for (Channel channel : List.of(bodies, links)) {
            channel.stored.forEach((id, text) -> {
                if (shown.get(id.toString()).get("body").isBlank()) {
                    blank.add(printable(text));
                }
            });
        }
        if (!blank.isEmpty()) {
            System.out.println("[xss] stored comments shown with an empty body: " + blank);
        }
        String all = String.join(
                "\n", shown.values().stream().map(v -> v.get("body")).toList());
        for (String literal : List.of(
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<svg onload=alert(1)>",
                "<iframe src=\"javascript:alert(document.domain)\"></iframe>",
                "\"><svg onload=alert(1)>",
                "{{7*7}}",
                "${7*7}")) {
            assertThat(all).as("shown literally").contains(literal);
        }
    }

    /** Raw HTML in a comment is shown as typed; template expressions are never evaluated. */
    private static void assertBody(String shown, String payload, String what) {
        String text = UserText.clean(payload);
        if (text.contains("7*7")) {
            assertThat(shown).as(what + " not evaluated").doesNotContain("49");
        }
        // Plain HTML-looking text only: no autolink (<scheme:...>), no Markdown, no entities.
        if (text.startsWith("<")
                && !text.matches("(?s)<[A-Za-z][A-Za-z0-9+.-]*:.*")
                && !text.matches("(?s).*[\\[\\]`*_&@\\\\\\n].*")
                && !text.contains("://")
                && !text.contains("www.")) {
            assertThat(shown.strip()).as(what + " shown as typed").isEqualTo(text);
        }
    }

    private void post(AccountPrincipal who, ContentRef target, String text, Channel channel, CommentStatus expected) {
        try {
            var posted = posting.post(who, newComment(target, text));
            assertThat(posted.status()).as(printable(text)).isEqualTo(expected);
            channel.stored.put(posted.id(), text);
        } catch (CommentProblem refused) {
            channel.refused.add(text);
        }
    }

    private static NewComment newComment(ContentRef target, String body) {
        return new NewComment(target, null, body, null, null);
    }

    private static AccountPrincipal principal(long id, String email, Role role) {
        return new AccountPrincipal(id, email, email, Lang.EN, Set.of(role), true, 0, null);
    }

    /**
     * The payloads of a list: one per line, '#' lines and blank lines skipped, a trailing CR
     * dropped (wfuzz's lists have CRLF ends). Every other character, control characters included,
     * is kept. A comment saying the next two lines "belong together" adds them joined as well.
     */
    static List<Payload> load(Path file) throws IOException {
        String[] lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1);
        List<Payload> payloads = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.startsWith("#")) {
                if (line.contains("belong together") && i + 2 < lines.length) {
                    payloads.add(new Payload(file.toString(), i + 2, lines[i + 1] + "\n" + lines[i + 2]));
                }
                continue;
            }
            if (!line.isEmpty()) {
                payloads.add(new Payload(file.toString(), i + 1, line));
            }
        }
        return payloads;
    }

    private static final Pattern SCHEME = Pattern.compile("(?s)^\\s*(?:[A-Za-z][A-Za-z0-9+.\\-]*:|www\\.|//).*");
    private static final List<Pattern> EMBEDDED_URLS = List.of(
            // attribute values, quoted or not
            Pattern.compile(
                    "(?i)(?:href|src|action|formaction|data|to|dynsrc|lowsrc|background)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`]*)`|([^\\s>]+))"),
            // Markdown link destinations, allowing one level of parentheses
            Pattern.compile("\\]\\(\\s*(<[^>]*>|[^\\s()]*(?:\\([^()]*\\)[^\\s()]*)*)"),
            // autolinks and reference definitions
            Pattern.compile("<([A-Za-z][A-Za-z0-9+.\\-]*:[^<>\\s]*)>"),
            Pattern.compile("(?m)^\\[[^\\]]+\\]:\\s*(\\S+)"),
            // meta refresh targets and CSS url()
            Pattern.compile("(?i)url\\s*=\\s*([^\"'>\\s]+)"),
            Pattern.compile("(?i)url\\(\\s*[\"']?([^\"')]+)"));

    /** Payloads that are URLs themselves, and the URLs found inside the others. */
    static Set<String> urlLike(List<String> texts) {
        Set<String> urls = new LinkedHashSet<>();
        for (String text : texts) {
            if (SCHEME.matcher(text).matches() && !text.contains("\n")) {
                urls.add(text.strip());
            }
            for (Pattern p : EMBEDDED_URLS) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        String url = m.group(g);
                        if (url != null && !url.isBlank() && !url.equals("#") && !url.equals("x")) {
                            urls.add(
                                    url.startsWith("<") && url.endsWith(">")
                                            ? url.substring(1, url.length() - 1)
                                            : url);
                        }
                    }
                }
            }
        }
        return urls;
    }

    /** Control characters made visible for messages. */
    static String printable(Object text) {
        StringBuilder out = new StringBuilder();
        text.toString().codePoints().forEach(c -> {
            if (Character.isISOControl(c) && c != ' ') {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
