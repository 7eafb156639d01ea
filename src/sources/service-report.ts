/**
 * "Report an error" on a directory service, to the site's `feedback-url`: a JSON POST of
 * `{service_id, note}` (the shape `peer-report` also carries), sent once (the visitor presses again).
 */
import {request} from '../core/fetch.js';

export interface ServiceReport {
  service_id: string;
  note: string;
}

/** Sends the report; resolves with what was sent when the endpoint took it, else undefined. */
export async function sendServiceReport(url: string, serviceId: string, note: string): Promise<ServiceReport | undefined> {
  const body: ServiceReport = {service_id: serviceId, note};
  const res = await request(url, {method: 'POST', body, retries: 0});
  return res.ok ? body : undefined;
}
