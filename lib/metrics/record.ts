import "server-only";
import { portalMetrics } from "./registry";

/** The one way each layer adds to the portal's series; each is called where the thing happens. */

export function recordHttpRequest(request: {
  route: string;
  method: string;
  status: number;
  seconds: number;
}): void {
  const { httpRequests, httpDuration } = portalMetrics();
  const { route, method } = request;
  httpRequests.inc({ route, method, status: String(request.status) });
  httpDuration.observe({ route, method }, request.seconds);
}

export function recordCloudCall(call: {
  provider: string;
  action: string;
  result: string;
  throttled: boolean;
  seconds: number;
}): void {
  const { cloudCalls, cloudThrottled, cloudCallDuration } = portalMetrics();
  const { provider, action } = call;
  cloudCalls.inc({ provider, action, result: call.result });
  cloudCallDuration.observe({ provider, action }, call.seconds);
  if (call.throttled) cloudThrottled.inc({ provider, action });
}

export function recordExecutionFinished(state: "succeeded" | "failed"): void {
  portalMetrics().executionsFinished.inc({ state });
}

export function recordStepFinished(step: {
  provider: string;
  action: string;
  state: string;
}): void {
  portalMetrics().stepsFinished.inc(step);
}

export function recordNotificationAttempt(attempt: { kind: string; result: string }): void {
  portalMetrics().notificationAttempts.inc(attempt);
}
