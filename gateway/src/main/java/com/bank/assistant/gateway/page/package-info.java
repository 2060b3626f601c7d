/**
 * The chat page the gateway serves (static files under {@code static/}) and the settings
 * its script reads: where to sign in and as which client.
 */
package com.bank.assistant.gateway.page;
