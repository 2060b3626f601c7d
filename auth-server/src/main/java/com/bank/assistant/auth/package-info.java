/**
 * The local authorization server: a demo identity provider for the local stack;
 * production points the gateway at any OIDC provider instead.
 */
package com.bank.assistant.auth;
