/**
 * Not API; may change in any release. The emulator process, its discovery and the JUnit extension.
 */
package io.github.cognitokit.testkit.internal;
