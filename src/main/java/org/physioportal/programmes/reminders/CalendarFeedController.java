package org.physioportal.programmes.reminders;

import org.physioportal.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The private calendar feed, opened by its token alone (calendar apps send no login): anything but a
 * current token is a 404, and the answer is never stored ({@code no-store}; {@code /ical/} is a
 * private address for the page cache and the headers filter).
 */
@RestController
class CalendarFeedController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final CalendarTokens tokens;
    private final IcsFeed feed;

    CalendarFeedController(CalendarTokens tokens, IcsFeed feed) {
        this.tokens = tokens;
        this.feed = feed;
    }

    @GetMapping("/ical/{token:[A-Za-z0-9_-]{1,100}}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        long patientId = tokens.patientOf(token).orElseThrow(() -> new NotFoundException("calendar"));
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex")
                .body(feed.of(patientId));
    }
}
