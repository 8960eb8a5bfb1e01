/** A user's module that reads Cognito Kit's modules by their names. */
module com.example.modular {
  requires io.github.cognitokit.tokens;
  requires io.github.cognitokit.auth;
  requires io.github.cognitokit.admin;
  requires software.amazon.awssdk.services.cognitoidentityprovider;

  exports com.example.modular;
}
