package io.github.cognitokit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.spring.CognitoAuthenticationConverter;
import io.github.cognitokit.spring.CognitoAuthoritiesConverter;
import io.github.cognitokit.spring.CognitoJwtDecoder;
import io.github.cognitokit.spring.ReactiveCognitoJwtDecoder;
import io.github.cognitokit.spring.login.CognitoHostedUi;
import io.github.cognitokit.spring.reactive.KeySetOutageWebFilter;
import io.github.cognitokit.spring.servlet.KeySetOutageFilter;
import io.github.cognitokit.tokens.CognitoJwtVerifier;
import io.github.cognitokit.tokens.TokenUse;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;

/** The auto-configuration in servlet and reactive contexts, with Boot's own context runners. */
class AutoConfigurationTest {
  static final String[] BASE = {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids=client-a,client-b",
      "cognito.preload-keys=false"};

  @Configuration(proxyBeanMethods = false)
  @EnableWebSecurity
  static class ServletSecurityOn {}

  @Configuration(proxyBeanMethods = false)
  @EnableWebFluxSecurity
  static class ReactiveSecurityOn {}

  final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CognitoAutoConfiguration.class))
      .withUserConfiguration(ServletSecurityOn.class);
  final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CognitoAutoConfiguration.class))
      .withUserConfiguration(ReactiveSecurityOn.class);

  static Jwt jwt(Map<String, Object> claims) {
    return new Jwt("t", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"), claims);
  }

  @Test
  void servletApp_getsVerifierDecoderConvertersOutageFilterAndChain() {
    servlet.withPropertyValues(BASE).withPropertyValues("cognito.token-use=id", "cognito.required-groups=admins",
        "cognito.key-cache.time-to-live=10m", "cognito.authorities.group-prefix=GROUP_",
        "cognito.outage-retry-after=9s").run(ctx -> {
          assertThat(ctx).hasNotFailed().hasSingleBean(CognitoJwtVerifier.class).hasSingleBean(SecurityFilterChain.class)
              .hasSingleBean(CognitoAuthenticationConverter.class).hasSingleBean(JwtAuthenticationConverter.class);
          assertThat(ctx.getBean(JwtDecoder.class)).isInstanceOf(CognitoJwtDecoder.class);
          CognitoProperties p = ctx.getBean(CognitoProperties.class);
          assertThat(p.getTokenUse()).isEqualTo(TokenUse.ID);
          assertThat(p.getClientIds()).containsExactly("client-a", "client-b");
          assertThat(p.getKeyCache().getTimeToLive()).hasMinutes(10);
          assertThat(ctx.getBean(CognitoJwtVerifier.class).keySets().get(0).jwksUri()).isEqualTo(URI.create(
              "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123/.well-known/jwks.json"));
          Jwt jwt = jwt(Map.of("sub", "s", "cognito:username", "alice", "cognito:groups", List.of("admins")));
          assertThat(ctx.getBean(CognitoAuthoritiesConverter.class).convert(jwt))
              .extracting(GrantedAuthority::getAuthority).containsExactly("GROUP_admins");
          assertThat(ctx.getBean(JwtAuthenticationConverter.class).convert(jwt).getAuthorities())
              .extracting(GrantedAuthority::getAuthority).contains("GROUP_admins");
          assertThat(ctx.getBean(CognitoAuthenticationConverter.class).convert(jwt).getName()).isEqualTo("alice");
          FilterRegistrationBean<?> outage = ctx.getBean("cognitoKeySetOutageFilter", FilterRegistrationBean.class);
          assertThat(outage.getFilter()).isInstanceOf(KeySetOutageFilter.class).hasToString(
              "KeySetOutageFilter{retryAfter=9s}");
          assertThat(outage.getOrder()).isEqualTo(KeySetOutageFilter.ORDER).isLessThan(-100);
          assertThat(ctx).doesNotHaveBean(CognitoHostedUi.class).doesNotHaveBean(ClientRegistrationRepository.class);
        });
  }

  @Test
  void reactiveApp_getsTheReactiveDecoderOutageWebFilterAndChain() {
    reactive.withPropertyValues(BASE).run(ctx -> {
      assertThat(ctx).hasNotFailed().hasSingleBean(KeySetOutageWebFilter.class)
          .hasSingleBean(SecurityWebFilterChain.class).doesNotHaveBean(SecurityFilterChain.class);
      assertThat(ctx.getBean(ReactiveJwtDecoder.class)).isInstanceOf(ReactiveCognitoJwtDecoder.class);
      assertThat(ctx.getBean(KeySetOutageWebFilter.class).getOrder()).isLessThan(-100);
    });
  }

  @Test
  void notAWebApp_getsTheVerifierAndConvertersOnly() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CognitoAutoConfiguration.class))
        .withPropertyValues(BASE).run(ctx -> assertThat(ctx).hasNotFailed()
            .hasSingleBean(CognitoJwtVerifier.class).doesNotHaveBean(JwtDecoder.class)
            .doesNotHaveBean(ReactiveJwtDecoder.class));
  }

  @Test
  void severalPools_bindAndEachGetsItsKeySet() {
    servlet.withPropertyValues("cognito.preload-keys=false", "cognito.pools[0].user-pool-id=eu-west-1_One",
        "cognito.pools[0].client-ids=a", "cognito.pools[1].user-pool-id=us-east-2_Two",
        "cognito.pools[1].any-client=true").run(ctx -> {
          assertThat(ctx).hasNotFailed();
          assertThat(ctx.getBean(CognitoJwtVerifier.class).keySets()).extracting(k -> k.jwksUri().getHost())
              .containsExactly("cognito-idp.eu-west-1.amazonaws.com", "cognito-idp.us-east-2.amazonaws.com");
        });
  }

  static Stream<Arguments> badSettings() {
    return Stream.of(
        Arguments.of(new String[] {"cognito.client-ids=a"}, "cognito.user-pool-id"),
        Arguments.of(new String[] {"cognito.user-pool-id=nope", "cognito.client-ids=a"}, "cognito.user-pool-id"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123"}, "cognito.client-ids"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids=a",
            "cognito.any-client=true"}, "cognito.any-client"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids=a",
            "cognito.token-use=id", "cognito.required-scopes=orders/read"}, "cognito.required-scopes"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids=a",
            "cognito.jwks-uri=http://keys.example.com/jwks.json"}, "cognito.jwks-uri"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids=a",
            "cognito.issuer=http://issuer.example.com/pool"}, "cognito.issuer"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids[0]=a",
            "cognito.client-ids[1]="}, "cognito.client-ids"),
        Arguments.of(new String[] {"cognito.pools[0].user-pool-id=eu-west-1_One"}, "cognito.pools[0].client-ids"),
        Arguments.of(new String[] {"cognito.pools[0].client-ids=a"}, "cognito.pools[0].user-pool-id"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.pools[0].user-pool-id=eu-west-1_One",
            "cognito.pools[0].client-ids=a"}, "cognito.pools"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids=a",
            "cognito.key-cache.time-to-live=2h", "cognito.key-cache.max-stale-age=1h"},
            "cognito.key-cache.max-stale-age"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids=a",
            "cognito.key-cache.kid-miss-interval=-1s"}, "cognito.key-cache.kid-miss-interval"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids=a",
            "cognito.authorities.group-prefix=X_", "cognito.authorities.scope-prefix=X_"},
            "cognito.authorities.scope-prefix"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids=a",
            "cognito.outage-retry-after=-5s"}, "cognito.outage-retry-after"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids=a",
            "cognito.login.client-id=web"}, "cognito.login.domain"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids=a",
            "cognito.login.client-id=web", "cognito.login.domain=http://auth.example.com"}, "cognito.login.domain"),
        Arguments.of(new String[] {"cognito.user-pool-id=eu-west-1_AbC123", "cognito.client-ids=a",
            "cognito.login.client-id=web", "cognito.login.domain=https://auth.example.com",
            "cognito.login.logout-redirect-uri=/relative"}, "cognito.login.logout-redirect-uri"));
  }

  @ParameterizedTest
  @MethodSource("badSettings")
  void badSettings_failStartUp_namingTheProperty(String[] settings, String property) {
    servlet.withPropertyValues("cognito.preload-keys=false").withPropertyValues(settings)
        .run(ctx -> assertFailedOn(ctx, property));
  }

  static void assertFailedOn(AssertableWebApplicationContext ctx, String property) {
    assertThat(ctx).hasFailed();
    Throwable failure = ctx.getStartupFailure();
    InvalidConfigurationPropertyValueException e = Stream.iterate(failure, t -> t != null, Throwable::getCause)
        .filter(InvalidConfigurationPropertyValueException.class::isInstance)
        .map(InvalidConfigurationPropertyValueException.class::cast).findFirst()
        .orElseThrow(() -> new AssertionError("not a property failure", failure));
    assertThat(e.getName()).isEqualTo(property);
    assertThat(e.getMessage()).contains(property);
  }

  @Test
  void login_buildsTheHostedUiRegistration_fromTheDomain_withoutShowingTheSecret() {
    servlet.withPropertyValues(BASE).withPropertyValues("cognito.login.client-id=web-client",
        "cognito.login.client-secret=very-secret-value", "cognito.login.registration-id=gateway-service",
        "cognito.login.domain=https://modelop.auth.eu-west-1.amazoncognito.com").run(ctx -> {
          assertThat(ctx).hasNotFailed().hasSingleBean(CognitoHostedUi.class);
          ClientRegistration r = ctx.getBean(ClientRegistrationRepository.class)
              .findByRegistrationId("gateway-service");
          assertThat(r.getClientId()).isEqualTo("web-client");
          assertThat(r.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
          assertThat(r.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
          assertThat(r.getScopes()).containsExactly("openid", "email", "profile");
          assertThat(r.getProviderDetails().getAuthorizationUri())
              .isEqualTo("https://modelop.auth.eu-west-1.amazoncognito.com/oauth2/authorize");
          assertThat(r.getProviderDetails().getTokenUri())
              .isEqualTo("https://modelop.auth.eu-west-1.amazoncognito.com/oauth2/token");
          assertThat(r.getProviderDetails().getUserInfoEndpoint().getUri())
              .isEqualTo("https://modelop.auth.eu-west-1.amazoncognito.com/oauth2/userInfo");
          assertThat(r.getProviderDetails().getIssuerUri())
              .isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123");
          assertThat(r.getProviderDetails().getJwkSetUri())
              .isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123/.well-known/jwks.json");
          assertThat(r.getClientSettings().isRequireProofKey()).isTrue();
          assertThat(ctx.getBean(CognitoHostedUi.class).toString()).doesNotContain("very-secret-value");
          assertThat(ctx.getBean(CognitoProperties.class).getLogin().toString()).doesNotContain("very-secret-value");
        });
  }

  @Test
  void login_inAReactiveApp_registersTheReactiveRepository_publicClientUsesNoSecret() {
    reactive.withPropertyValues(BASE).withPropertyValues("cognito.login.client-id=spa",
        "cognito.login.domain=https://auth.example.com").run(ctx -> {
          assertThat(ctx).hasNotFailed();
          ClientRegistration r = ctx.getBean(ReactiveClientRegistrationRepository.class)
              .findByRegistrationId("cognito").block();
          assertThat(r.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.NONE);
          assertThat(r.getClientSettings().isRequireProofKey()).isTrue();
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final JwtDecoder DECODER = token -> {
      throw new UnsupportedOperationException("the user's own decoder");
    };

    @Bean
    JwtDecoder myDecoder() {
      return DECODER;
    }

    @Bean
    SecurityFilterChain myChain(HttpSecurity http) throws Exception {
      return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
    }

    @Bean
    CognitoJwtVerifier myVerifier() {
      return CognitoJwtVerifier.builder().userPoolId("us-east-1_Mine").anyClientId().tokenUse(TokenUse.ANY).build();
    }
  }

  @Test
  void usersOwnBeans_win() {
    servlet.withPropertyValues(BASE).withUserConfiguration(OwnBeans.class).run(ctx -> {
      assertThat(ctx).hasNotFailed();
      assertThat(ctx.getBean(JwtDecoder.class)).isSameAs(OwnBeans.DECODER);
      assertThat(ctx.getBeansOfType(SecurityFilterChain.class)).containsOnlyKeys("myChain");
      assertThat(ctx.getBean(CognitoJwtVerifier.class).keySets().get(0).jwksUri().getPath())
          .startsWith("/us-east-1_Mine/");
    });
  }

  @Test
  void disabled_registersNothing_andNeedsNoSettings() {
    servlet.withPropertyValues("cognito.enabled=false").run(ctx -> assertThat(ctx).hasNotFailed()
        .doesNotHaveBean(CognitoJwtVerifier.class).doesNotHaveBean(JwtDecoder.class));
  }

  @Test
  void configurationMetadata_isGenerated_forIdeCompletion() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("metadata in the jar").isNotNull();
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(json).contains("\"cognito.user-pool-id\"", "\"cognito.client-ids\"", "\"cognito.token-use\"",
          "\"cognito.key-cache.time-to-live\"", "\"cognito.login.domain\"", "\"cognito.pools\"");
      assertThat(json).contains("The user pool whose tokens are accepted");
    }
  }
}
