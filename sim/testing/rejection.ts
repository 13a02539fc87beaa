/** What `promise` rejected with (an SDK's error object); fails when it resolves (test helper). */
export async function rejectionOf<Rejection>(promise: Promise<unknown>): Promise<Rejection> {
  try {
    await promise;
  } catch (error) {
    return error as Rejection;
  }
  throw new Error("expected the call to fail");
}
