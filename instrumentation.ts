/**
 * Runs once when the server starts: a bad environment stops start-up with a clear message; the
 * process metrics start; the execution worker and the notification dispatcher start.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvironmentOrExit } = await import("./lib/startup-check");
    checkEnvironmentOrExit();
    const { prepareServer } = await import("./lib/server-start");
    await prepareServer();
    const { collectProcessMetrics } = await import("./lib/metrics/process-metrics");
    collectProcessMetrics();
    const { startServerExecutionWorker } = await import("./lib/execution/start-server-worker");
    await startServerExecutionWorker();
    const { startServerNotificationDispatcher } =
      await import("./lib/notify/start-server-dispatcher");
    await startServerNotificationDispatcher();
  }
}
