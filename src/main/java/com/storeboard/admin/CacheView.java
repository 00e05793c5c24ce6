package com.storeboard.admin;

import com.storeboard.base.ui.PendingFeature;
import com.storeboard.config.RedisEndpoint;
import com.vaadin.flow.component.html.Paragraph;
import com.storeboard.base.ui.TranslatedTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** 缓存监控: Redis and the diagnosis cache. Until the cache exists it shows which Redis this node uses. */
@Menu(title = "nav.cache", order = 3, icon = "vaadin:database")
@Route("cache")
public class CacheView extends PendingFeature implements TranslatedTitle {

    public CacheView(RedisEndpoint redis) {
        super("nav.cache", "cache.pending");
        setId("cache-view");
        Paragraph endpoint = new Paragraph(getTranslation("cache.endpoint", redis.describe()));
        endpoint.setId("redis-endpoint");
        add(endpoint);
    }

    @Override
    public String titleKey() {
        return "nav.cache";
    }
}
