package org.physioportal.syndication.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;
import org.physioportal.platform.SiteProperties;
import org.physioportal.shared.NotFoundException;
import org.physioportal.syndication.api.ApiItems.OEmbed;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * oEmbed 1.0 (https://oembed.com) for exercise and video pages: a "rich" card (picture, name, goal
 * or description, picture credit) that another site or a newsletter can show. Our pages refuse to
 * be framed, so the card is plain HTML without scripts or frames.
 */
@RestController
@Tag(name = "oembed", description = "Embeds of exercises and videos for other sites")
class OEmbedController {

    private static final Set<String> PARAMETERS = Set.of("url", "format", "maxwidth", "maxheight");

    private final OEmbedCards cards;
    private final URI site;

    OEmbedController(OEmbedCards cards, SiteProperties properties) {
        this.cards = cards;
        this.site = URI.create(properties.baseUrl());
    }

    @GetMapping(path = "/oembed", produces = "application/json")
    @Operation(summary = "The embed of an exercise or video page, by its address")
    OEmbed oembed(
            @Parameter(description = "address of an exercise or video page of this site", required = true)
                    @RequestParam(required = false)
                    String url,
            @Parameter(schema = @Schema(allowableValues = {"json"})) @RequestParam(required = false) String format,
            @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String maxwidth,
            @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String maxheight,
            HttpServletRequest request) {
        ApiQuery.onlyKnown(request, PARAMETERS);
        if (format != null && !format.equals("json")) {
            // oEmbed: a format the provider does not offer is 501
            throw new ResponseStatusException(HttpStatus.NOT_IMPLEMENTED, "Only format=json is offered");
        }
        int width = Math.min(OEmbedCards.WIDTH, size(maxwidth, "maxwidth"));
        size(maxheight, "maxheight");
        String[] path = ourPath(url).split("/");
        // "", lang, kind, slug
        if (path.length != 4) {
            throw new NotFoundException("embeddable page " + url);
        }
        return cards.card(ApiQuery.lang(path[1]), path[2], path[3], width);
    }

    private String ourPath(String url) {
        if (url == null || url.isBlank()) {
            throw new BadApiRequest("url", "url is required: the address of an exercise or video page");
        }
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new BadApiRequest("url", "url is not a valid address");
        }
        if (uri.getRawPath() == null
                || uri.getHost() == null
                || !uri.getHost().equalsIgnoreCase(site.getHost())
                || uri.getPort() != site.getPort()) {
            throw new NotFoundException("embeddable page " + url);
        }
        return uri.getPath();
    }

    private static int size(String value, String name) {
        if (value == null) {
            return Integer.MAX_VALUE;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 100 && n <= 4000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadApiRequest(name, name + " must be a whole number from 100 to 4000");
    }
}
