/**
 * The chat HTTP API: conversation and message endpoints, the reply event stream, request
 * limits, and every error as {@code application/problem+json}.
 */
package com.bank.assistant.gateway.web;
