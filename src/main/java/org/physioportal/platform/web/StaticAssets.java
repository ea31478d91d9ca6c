package org.physioportal.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The content-hashed address of a static file ({@code /css/portal.css} becomes
 * {@code /css/portal-<md5>.css}), for templates as {@code ${assets.url('/css/portal.css')}}. Spring's
 * {@link ResourceUrlProvider} finds it through the resource chain (a {@code VersionResourceResolver}
 * with the content strategy, set in application.yml); each address is looked up once and kept, since
 * the files cannot change while the application runs. This replaces Spring's
 * {@code ResourceUrlEncodingFilter}, which looked up every link of every page ({@link WebConfig}).
 */
@Component
public class StaticAssets {

    // through a provider: the provider is made by the MVC configuration, which needs SiteModel, which needs this
    private final ObjectProvider<ResourceUrlProvider> urls;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    StaticAssets(ObjectProvider<ResourceUrlProvider> urls) {
        this.urls = urls;
    }

    /** The hashed address of {@code path}, or {@code path} itself when no static file has that name. */
    public String url(String path) {
        String hashed = known.get(path);
        if (hashed != null) {
            return hashed;
        }
        String found = urls.getObject().getForLookupPath(path);
        if (found == null) {
            return path; // not kept: the handler map may not be ready yet at the very first page
        }
        known.put(path, found);
        return found;
    }
}
