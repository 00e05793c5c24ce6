package com.storeboard.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data on first start: when the database has no order data and has never seen an import, the generator's
 * default data set (ending yesterday) is generated and imported, so that a new user sees a working board.
 */
@ConfigurationProperties("storeboard.demo")
public record DemoProperties(@DefaultValue("true") boolean loadOnEmpty) {
}
