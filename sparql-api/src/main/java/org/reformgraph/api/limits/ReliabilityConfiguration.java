package org.reformgraph.api.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The rate limit, the security headers and the guard of /error, in front of everything else the server does. */
@Configuration
@EnableConfigurationProperties(RateLimitProperties.class)
public class ReliabilityConfiguration {
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        FilterRegistrationBean<SecurityHeadersFilter> bean = new FilterRegistrationBean<>(new SecurityHeadersFilter());
        bean.addUrlPatterns("/*");
        bean.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        // first of all, so that every answer, refusals included, carries the headers
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    @Bean
    FilterRegistrationBean<ContentTypeCheck> contentTypeCheck() {
        FilterRegistrationBean<ContentTypeCheck> bean = new FilterRegistrationBean<>(new ContentTypeCheck());
        bean.addUrlPatterns("/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return bean;
    }

    @Bean
    FilterRegistrationBean<ErrorPathGuard> errorPathGuard() {
        FilterRegistrationBean<ErrorPathGuard> bean = new FilterRegistrationBean<>(new ErrorPathGuard());
        bean.addUrlPatterns("/error", "/error/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
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
