package com.storeboard.jobs;

import java.sql.DatabaseMetaData;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Quartz's JDBC store needs a driver delegate that matches the database; reading it from the DataSource
 * means one configuration serves H2 and PostgreSQL alike ("Bad value for type long" otherwise).
 */
@Configuration(proxyBeanMethods = false)
class QuartzSetup {

    static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";

    @Bean
    SchedulerFactoryBeanCustomizer driverDelegateByDatabase(QuartzProperties quartz, DataSource dataSource) {
        return factory -> {
            Properties properties = new Properties();
            properties.putAll(quartz.getProperties());
            properties.putIfAbsent(DELEGATE, delegateFor(productName(dataSource)));
            factory.setQuartzProperties(properties);
        };
    }

    /** Every run of every job goes to the history, recoveries at start-up included (registered before the start). */
    @Bean
    SchedulerFactoryBeanCustomizer jobHistoryListener(JobRunRecorder recorder) {
        return factory -> factory.setGlobalJobListeners(recorder);
    }

    /**
     * The scheduler waits for running jobs on shutdown, and those jobs write to Redis: make the Redis endpoint
     * (which may be an embedded redis-server) outlive the scheduler.
     */
    @Bean
    static BeanFactoryPostProcessor schedulerStopsBeforeRedis() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(SchedulerFactoryBean.class, false, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(BeanFactoryUtils.transformedBeanName(name));
                String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
                String[] extended = java.util.Arrays.copyOf(dependsOn, dependsOn.length + 1);
                extended[dependsOn.length] = "redisEndpoint";
                definition.setDependsOn(extended);
            }
        };
    }

    static String delegateFor(String databaseProductName) {
        return databaseProductName != null && databaseProductName.toLowerCase().contains("postgres")
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot reach the database to configure the job scheduler: " + e.getMessage(), e);
        }
    }
}
