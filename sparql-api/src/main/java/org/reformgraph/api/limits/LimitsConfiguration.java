package org.reformgraph.api.limits;

import org.reformgraph.api.write.PlanUploadController;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
@EnableConfigurationProperties(RequestLimits.class)
public class LimitsConfiguration {
    /**
     * After CORS (so a refused request still carries its CORS headers) and the write token (so no body of an
     * unauthorized request is read), before anything that parses a body.
     */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(RequestLimits limits) {
        FilterRegistrationBean<RequestSizeLimit> bean =
                new FilterRegistrationBean<>(new RequestSizeLimit(limits, PlanUploadController.PATH));
        bean.addUrlPatterns("/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return bean;
    }
}
