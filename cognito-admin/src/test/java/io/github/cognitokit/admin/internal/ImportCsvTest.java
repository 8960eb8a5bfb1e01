package io.github.cognitokit.admin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cognitokit.admin.DesiredUser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import file: the pool's columns, one row per user, RFC 4180 quoting; what an import cannot carry is refused. */
class ImportCsvTest {
  /** Columns as GetCSVHeader returns them (the developer guide's example header, shortened). */
  static final List<String> HEADER = List.of("name", "given_name", "family_name", "email", "email_verified",
      "phone_number", "phone_number_verified", "custom:tenant", "cognito:mfa_enabled", "cognito:username");

  @Test
  void rows_followTheHeader_withDefaultsForTheFlags_andQuoting() {
    String csv = ImportCsv.write(HEADER, List.of(
        DesiredUser.builder("alice").attribute("email", "alice@example.com").attribute("email_verified", "true")
            .attribute("name", "Alice \"Al\" Smith, PhD").build(),
        DesiredUser.builder("bob").attribute("custom:tenant", "acme").build()));

    assertThat(csv.split("\r\n")).containsExactly(
        "name,given_name,family_name,email,email_verified,phone_number,phone_number_verified,custom:tenant,"
            + "cognito:mfa_enabled,cognito:username",
        "\"Alice \"\"Al\"\" Smith, PhD\",,,alice@example.com,true,,false,,false,alice",
        ",,,,false,,false,acme,false,bob");
  }

  @Test
  void whatAnImportCannotCarry_isRefused_namingTheUser() {
    assertThatThrownBy(() -> ImportCsv.write(HEADER, List.of(DesiredUser.builder("carol").password("Passw0rd!x")
        .build()))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("carol")
        .hasMessageContaining("no password, groups or enabled state");
    assertThatThrownBy(() -> ImportCsv.write(HEADER, List.of(DesiredUser.builder("dave").attribute("custom:plan", "x")
        .build()))).hasMessageContaining("dave").hasMessageContaining("no custom:plan");
    assertThatThrownBy(() -> ImportCsv.write(HEADER, List.of(DesiredUser.builder("e").build(),
        DesiredUser.builder("e").build()))).hasMessageContaining("listed twice");
  }
}
