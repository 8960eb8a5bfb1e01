package io.github.cognitokit.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cognitokit.admin.ChangeReport.Change;
import io.github.cognitokit.testkit.CognitoEmulator;
import io.github.cognitokit.testkit.CognitoEmulatorTest;
import io.github.cognitokit.testkit.RequestRecorder;
import io.github.cognitokit.testkit.RequestRecorder.Reply;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssetType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateManagedLoginBrandingRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateManagedLoginBrandingRequest;

/**
 * Managed login branding of an app client. The emulator lacks the branding operations: a stand-in keeps what was
 * created or updated and describes it back in the API Reference's {@code ManagedLoginBrandingType} shape, or answers
 * {@code ResourceNotFoundException} when there is none.
 */
@CognitoEmulatorTest
class BrandingIT {
  record Stored(boolean defaults, Document settings, List<AssetType> assets) {}

  static String described(String poolId, Stored s) {
    StringBuilder assets = new StringBuilder("[");
    for (AssetType a : s.assets()) {
      assets.append(assets.length() > 1 ? "," : "").append("{\"Category\":\"").append(a.categoryAsString())
          .append("\",\"ColorMode\":\"").append(a.colorModeAsString()).append("\",\"Extension\":\"")
          .append(a.extensionAsString()).append("\",\"Bytes\":\"")
          .append(Base64.getEncoder().encodeToString(a.bytes().asByteArray())).append("\"}");
    }
    return "{\"ManagedLoginBranding\":{\"ManagedLoginBrandingId\":\"b-1\",\"UserPoolId\":\"" + poolId
        + "\",\"UseCognitoProvidedValues\":" + s.defaults() + (s.settings() == null ? "" : ",\"Settings\":"
        + s.settings()) + ",\"Assets\":" + assets.append("]") + "}}";
  }

  @Test
  void branding_isCreated_thenUnchanged_thenUpdated_thenDeleted(CognitoEmulator emulator) {
    AtomicReference<Stored> stored = new AtomicReference<>();
    AtomicReference<String> poolId = new AtomicReference<>();
    RequestRecorder recorder = new RequestRecorder();
    recorder.answerWith("CreateManagedLoginBranding", r -> {
      CreateManagedLoginBrandingRequest c = (CreateManagedLoginBrandingRequest) r;
      stored.set(new Stored(Boolean.TRUE.equals(c.useCognitoProvidedValues()), c.settings(), c.assets()));
      return Reply.of(200, described(c.userPoolId(), stored.get()));
    });
    recorder.answerWith("UpdateManagedLoginBranding", r -> {
      UpdateManagedLoginBrandingRequest u = (UpdateManagedLoginBrandingRequest) r;
      stored.set(new Stored(Boolean.TRUE.equals(u.useCognitoProvidedValues()), u.settings(), u.assets()));
      return Reply.of(200, described(u.userPoolId(), stored.get()));
    });
    recorder.answerWith("DescribeManagedLoginBrandingByClient", r -> stored.get() == null
        ? Reply.of(400, "{\"__type\":\"ResourceNotFoundException\",\"message\":\"No branding\"}")
        : Reply.of(200, described(poolId.get(), stored.get())));
    recorder.answerWith("DeleteManagedLoginBranding", r -> {
      stored.set(null);
      return Reply.of(200, "{}");
    });
    try (CognitoIdentityProviderClient cognito = emulator.newClient(recorder)) {
      UserPool pool = CognitoAdmin.using(cognito).userPool("brand-" + UUID.randomUUID()).ensure();
      poolId.set(pool.id());
      AppClient web = pool.client("web").ensure();
      String settings = "{\"categories\":{\"global\":{\"colorSchemeMode\":\"DARK\"}}}";
      byte[] logo = {1, 2, 3};

      ManagedLoginBranding created = pool.managedLoginBranding(web).settings(settings)
          .asset("FORM_LOGO", "DARK", "PNG", logo).ensure();
      assertThat(created.report().change()).isEqualTo(Change.CREATED);
      assertThat(created.id()).isEqualTo("b-1");

      recorder.clear();
      assertThat(pool.managedLoginBranding(web).settings("{ \"categories\": { \"global\": {\"colorSchemeMode\":"
          + " \"DARK\"} } }").asset("FORM_LOGO", "DARK", "PNG", logo).ensure().report().change())
          .isEqualTo(Change.UNCHANGED);
      assertThat(recorder.operations()).containsExactly("DescribeManagedLoginBrandingByClient");

      assertThat(pool.managedLoginBranding(web).cognitoDefaults().ensure().report().change())
          .isEqualTo(Change.UPDATED);
      assertThat(stored.get().defaults()).isTrue();

      assertThat(created.delete().change()).isEqualTo(Change.DELETED);
      assertThat(pool.managedLoginBranding(web).cognitoDefaults().plan().change()).isEqualTo(Change.CREATED);
    }
  }
}
