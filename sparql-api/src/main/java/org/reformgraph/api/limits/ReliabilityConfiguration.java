package org.reformgraph.api.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The rate limit and the security headers, in front of everything else the server does. */
@Configuration
@EnableConfigurationProperties(RateLimitProperties.class)
public class ReliabilityConfiguration {
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> bean = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        bean.addUrlPatterns("/*");
        // first of all, so that every answer, refusals included, carries the headers
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimit(RateLimitProperties properties) {
        FilterRegistrationBean<RateLimitFilter> bean =
                new FilterRegistrationBean<>(new RateLimitFilter(new RateLimiter(properties, System::nanoTime)));
        bean.addUrlPatterns("/*");
        bean.setEnabled(properties.enabled());
        // before the write token and the body size limit, so that neither guessing tokens nor sending bodies is free
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }
}
