package io.github.cognitokit.auth;

import java.util.Optional;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;

/**
 * Where Cognito sent a confirmation or verification code: the medium, the masked destination to show the user
 * ({@code a***@e***}), and the attribute it went to.
 *
 * @param medium {@code EMAIL} or {@code SMS}
 * @param destination the masked address or number, as Cognito reports it
 * @param attribute the attribute the code was sent to, such as {@code email}
 */
public record CodeDelivery(String medium, String destination, String attribute) {
  static Optional<CodeDelivery> of(CodeDeliveryDetailsType d) {
    if (d == null) {
      return Optional.empty();
    }
    return Optional.of(new CodeDelivery(d.deliveryMediumAsString(), d.destination(), d.attributeName()));
  }
}
