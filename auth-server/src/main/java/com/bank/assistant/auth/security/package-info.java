/**
 * The authorization server's HTTP security: the OAuth2/OIDC endpoints, the login form and
 * open health probes.
 */
package com.bank.assistant.auth.security;
