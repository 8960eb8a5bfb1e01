/** Implementation details of the Spring integration; not part of the public API and may change in any release. */
package io.github.cognitokit.spring.internal;
