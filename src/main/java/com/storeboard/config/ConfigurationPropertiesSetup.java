package com.storeboard.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StoreboardProperties.class, DiagnosisProperties.class})
class ConfigurationPropertiesSetup {
}
