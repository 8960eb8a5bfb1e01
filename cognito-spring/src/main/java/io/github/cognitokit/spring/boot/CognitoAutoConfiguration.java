package io.github.cognitokit.spring.boot;

import io.github.cognitokit.spring.CognitoAuthenticationConverter;
import io.github.cognitokit.spring.CognitoAuthoritiesConverter;
import io.github.cognitokit.spring.CognitoJwtDecoder;
import io.github.cognitokit.spring.ReactiveCognitoJwtDecoder;
import io.github.cognitokit.spring.login.CognitoHostedUi;
import io.github.cognitokit.spring.reactive.CognitoServerLogoutSuccessHandler;
import io.github.cognitokit.spring.reactive.KeySetOutageWebFilter;
import io.github.cognitokit.spring.servlet.CognitoLogoutSuccessHandler;
import io.github.cognitokit.spring.servlet.KeySetOutageFilter;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.KeySetUnavailableException;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Spring Boot auto-configuration of Cognito Kit, from {@code cognito.*} properties ({@link CognitoProperties}).
 *
 * <p>It registers, each only when the application has no bean of that type of its own:
 * <ul>
 *   <li>a {@link CognitoJwtVerifier}, a {@link CognitoAuthoritiesConverter} and a
 *       {@link CognitoAuthenticationConverter};
 *   <li>in servlet apps a {@link CognitoJwtDecoder}, in WebFlux apps a {@link ReactiveCognitoJwtDecoder};
 *   <li>a key-set outage filter in front of Spring Security (503 with {@code Retry-After}, never 401);
 *   <li>with {@code cognito.login.client-id}: the hosted UI's client registration, for {@code oauth2Login()};
 *   <li>when the app defines no security filter chain: one that requires a valid token on every request, and with
 *       a login client also signs users in through the hosted UI and logs them out of Cognito.
 * </ul>
 *
 * <p>A missing or wrong setting fails start-up with a message naming the property. It runs before Spring Boot's own
 * resource-server and OAuth2-client auto-configurations (Boot 3.5 and 4.0 names), which then back off.
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.oauth2.resource.reactive"
        + ".ReactiveOAuth2ResourceServerAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.oauth2.client.reactive.ReactiveOAuth2ClientAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
    "org.springframework.boot.autoconfigure.security.reactive.ReactiveSecurityAutoConfiguration",
    "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
    "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive"
        + ".ReactiveOAuth2ResourceServerAutoConfiguration",
    "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
    "org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientAutoConfiguration",
    "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
    "org.springframework.boot.security.oauth2.client.autoconfigure.reactive"
        + ".ReactiveOAuth2ClientWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration"})
@ConditionalOnClass(name = {"io.github.cognitokit.tokens.CognitoJwtVerifier",
    "org.springframework.security.oauth2.jwt.JwtDecoder",
    "org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken"})
@ConditionalOnProperty(prefix = "cognito", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CognitoProperties.class)
public class CognitoAutoConfiguration {
  private static final Logger LOG = LoggerFactory.getLogger(CognitoAutoConfiguration.class);

  /** Created by Spring Boot. */
  public CognitoAutoConfiguration() {}

  /**
   * The verifier, from the pool, client, token-use, group, scope and key-cache settings. With
   * {@code cognito.preload-keys} (the default) it starts fetching the key sets in the background.
   *
   * @param properties the settings
   * @return the verifier
   */
  @Bean
  @ConditionalOnMissingBean
  public CognitoJwtVerifier cognitoJwtVerifier(CognitoProperties properties) {
    CognitoJwtVerifier verifier = PropertiesMapper.verifier(properties);
    if (properties.isPreloadKeys()) {
      // On the common pool, where the verifier's own background refreshes run by default.
      CompletableFuture.runAsync(() -> {
        try {
          verifier.hydrate();
        } catch (KeySetUnavailableException e) {
          LOG.warn("Cognito key sets could not be preloaded; the first request will try again: {}", e.getMessage());
        }
      });
    }
    return verifier;
  }

  /**
   * Groups and scopes as authorities, with the prefixes of {@code cognito.authorities.*}.
   *
   * @param properties the settings
   * @return the converter
   */
  @Bean
  @ConditionalOnMissingBean
  public CognitoAuthoritiesConverter cognitoAuthoritiesConverter(CognitoProperties properties) {
    return PropertiesMapper.authorities(properties);
  }

  /**
   * The authentication converter: those authorities, and the user name (or {@code sub}) as principal name.
   *
   * @param authorities the authorities converter
   * @return the converter
   */
  @Bean
  @ConditionalOnMissingBean
  public CognitoAuthenticationConverter cognitoAuthenticationConverter(CognitoAuthoritiesConverter authorities) {
    return new CognitoAuthenticationConverter(authorities);
  }

  /**
   * Spring's own authentication converter with the Cognito authorities, for security filter chains of your own that
   * use {@code jwt(withDefaults())}: Spring Security picks a bean of this type up, so {@code hasRole("admins")} works
   * there too. Its principal name is {@code sub}, Spring's default; for the user name, pass the
   * {@link CognitoAuthenticationConverter} bean to {@code jwt.jwtAuthenticationConverter(...)}, as the chain this
   * auto-configuration defines does.
   *
   * @param authorities the authorities converter
   * @return the converter
   */
  @Bean
  @ConditionalOnMissingBean
  public JwtAuthenticationConverter cognitoJwtAuthenticationConverter(CognitoAuthoritiesConverter authorities) {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setJwtGrantedAuthoritiesConverter(authorities);
    return converter;
  }

  /** The hosted UI, when {@code cognito.login.client-id} is set and Spring's OAuth2 client is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "cognito.login", name = "client-id")
  @ConditionalOnClass(name = "org.springframework.security.oauth2.client.registration.ClientRegistration")
  static class Login {
    @Bean
    @ConditionalOnMissingBean
    CognitoHostedUi cognitoHostedUi(CognitoProperties properties) {
      return PropertiesMapper.hostedUi(properties);
    }

    @Bean
    @ConditionalOnMissingBean(ClientRegistrationRepository.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    InMemoryClientRegistrationRepository cognitoClientRegistrations(CognitoHostedUi hostedUi) {
      return new InMemoryClientRegistrationRepository(hostedUi.clientRegistration());
    }

    @Bean
    @ConditionalOnMissingBean(ReactiveClientRegistrationRepository.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    InMemoryReactiveClientRegistrationRepository cognitoReactiveClientRegistrations(CognitoHostedUi hostedUi) {
      return new InMemoryReactiveClientRegistrationRepository(hostedUi.clientRegistration());
    }
  }

  /** The servlet (Spring MVC) beans. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
  static class Servlet {
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    CognitoJwtDecoder cognitoJwtDecoder(CognitoJwtVerifier verifier) {
      return new CognitoJwtDecoder(verifier);
    }

    @Bean
    @ConditionalOnMissingBean(KeySetOutageFilter.class)
    FilterRegistrationBean<KeySetOutageFilter> cognitoKeySetOutageFilter(CognitoProperties properties) {
      FilterRegistrationBean<KeySetOutageFilter> registration =
          new FilterRegistrationBean<>(new KeySetOutageFilter(PropertiesMapper.outageRetryAfter(properties)));
      registration.setOrder(KeySetOutageFilter.ORDER);
      registration.setName("cognitoKeySetOutageFilter");
      return registration;
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain cognitoSecurityFilterChain(HttpSecurity http, JwtDecoder decoder,
        CognitoAuthenticationConverter converter, ObjectProvider<CognitoHostedUi> hostedUi) throws Exception {
      http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
      http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter)));
      CognitoHostedUi ui = hostedUi.getIfAvailable();
      if (ui != null) {
        http.oauth2Login(Customizer.withDefaults());
        http.logout(logout -> logout.logoutSuccessHandler(new CognitoLogoutSuccessHandler(ui)));
      }
      return http.build();
    }
  }

  /** The WebFlux beans. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
  @ConditionalOnClass(name = {"reactor.core.publisher.Mono",
      "org.springframework.security.config.web.server.ServerHttpSecurity"})
  static class Reactive {
    @Bean
    @ConditionalOnMissingBean(ReactiveJwtDecoder.class)
    ReactiveCognitoJwtDecoder reactiveCognitoJwtDecoder(CognitoJwtVerifier verifier) {
      return new ReactiveCognitoJwtDecoder(verifier);
    }

    @Bean
    @ConditionalOnMissingBean
    KeySetOutageWebFilter cognitoKeySetOutageWebFilter(CognitoProperties properties) {
      return new KeySetOutageWebFilter(PropertiesMapper.outageRetryAfter(properties));
    }

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain cognitoSecurityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
        CognitoAuthenticationConverter converter, ObjectProvider<CognitoHostedUi> hostedUi) {
      http.authorizeExchange(exchanges -> exchanges.anyExchange().authenticated());
      http.oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.jwtDecoder(decoder)
          .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter))));
      CognitoHostedUi ui = hostedUi.getIfAvailable();
      if (ui != null) {
        http.oauth2Login(Customizer.withDefaults());
        http.logout(logout -> logout.logoutSuccessHandler(new CognitoServerLogoutSuccessHandler(ui)));
      }
      return http.build();
    }
  }
}
