/**
 * The HTTP side: the step-up endpoint where the app sends the transaction PIN (never the
 * chat), secured by the customer's own JWT.
 */
package com.bank.assistant.transfer.web;
