import {test} from 'node:test';
import assert from 'node:assert/strict';
import {directionsUrl, feedbackLink, isAppleDevice, joinUrl, meetingHash, meetingIdFromHash, shareUrl, telUrl, traditionLinks} from '../../src/model/meeting-links.js';
import {conferenceProvider, dialString} from '../../src/model/meeting-conference.js';

const place = {inPerson: true, approximate: false, name: 'Night Owls', latitude: 39.8103, longitude: -89.6441, address: '900 N 9th St, Springfield, IL 62702, USA'};

test('directions: Apple Maps on Apple devices, Google Maps elsewhere; coordinates first, else address', () => {
  assert.equal(directionsUrl(place, false), 'https://www.google.com/maps/dir/?api=1&destination=39.8103%2C-89.6441');
  const apple = new URL(directionsUrl(place, true)!);
  assert.equal(apple.origin, 'https://maps.apple.com');
  assert.equal(apple.searchParams.get('daddr'), '39.8103,-89.6441');
  assert.equal(apple.searchParams.get('q'), place.address);
  const addressOnly = {...place, latitude: undefined, longitude: undefined};
  assert.equal(new URL(directionsUrl(addressOnly, false)!).searchParams.get('destination'), place.address);
  assert.equal(new URL(directionsUrl(addressOnly, true)!).searchParams.get('daddr'), place.address);
  assert.equal(directionsUrl({...place, inPerson: false}, false), undefined);
  assert.equal(directionsUrl({...place, approximate: true}, false), undefined);
  assert.equal(directionsUrl({...addressOnly, address: undefined}, false), undefined);
});

test('Apple devices by user agent', () => {
  assert.equal(isAppleDevice('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15'), true);
  assert.equal(isAppleDevice('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15'), true);
  assert.equal(isAppleDevice('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120 Mobile'), false);
  assert.equal(isAppleDevice('Mozilla/5.0 (Windows NT 10.0; Win64; x64)'), false);
});

test('tel: keeps + , and *; # is percent-encoded so the URL keeps it', () => {
  assert.equal(telUrl('+13126266799,,81234567890#'), 'tel:+13126266799,,81234567890%23');
  assert.equal(telUrl('+1 (646) 558-8656,,987654321#,,*1234#'), 'tel:+16465588656,,987654321%23,,*1234%23');
  assert.equal(telUrl('call us'), undefined);
  assert.equal(telUrl(undefined), undefined);
  assert.equal(new URL(telUrl('+15551234567,,1#')!).href, 'tel:+15551234567,,1%23');
  assert.equal(dialString('+1 217-555-0188'), '+12175550188');
  assert.equal(dialString('#,,123'), '123');
  assert.equal(dialString('n/a'), undefined);
});

test('join URL: http(s) only', () => {
  assert.equal(joinUrl({conferenceUrl: 'https://zoom.us/j/1'}), 'https://zoom.us/j/1');
  assert.equal(joinUrl({conferenceUrl: 'javascript:alert(1)'}), undefined);
  assert.equal(joinUrl({conferenceUrl: 'mailto:a@b.example'}), undefined);
  assert.equal(joinUrl({}), undefined);
});

test('conference provider names from the host', () => {
  const cases: [string, string | undefined][] = [
    ['https://us02web.zoom.us/j/8123', 'Zoom'],
    ['https://zoom.us/j/1', 'Zoom'],
    ['https://meet.google.com/abc-defg-hij', 'Google Meet'],
    ['https://teams.microsoft.com/l/meetup-join/x', 'Microsoft Teams'],
    ['https://teams.live.com/meet/1', 'Microsoft Teams'],
    ['https://acme.webex.com/meet/x', 'Webex'],
    ['https://meet.jit.si/Room', 'Jitsi'],
    ['https://join.skype.com/abc', 'Skype'],
    ['https://global.gotomeeting.com/join/1', 'GoToMeeting'],
    ['https://discord.gg/abc', 'Discord'],
    ['https://www.freeconferencecall.com/wall/x', 'FreeConferenceCall'],
    ['https://whereby.com/room', 'Whereby'],
    ['https://notzoom.us.evil.example/j/1', undefined],
    ['https://example.org/zoom.us', undefined],
    ['not a url', undefined],
  ];
  for (const [url, name] of cases) assert.equal(conferenceProvider(url), name, url);
});

test('7th Tradition links', () => {
  assert.deepEqual(traditionLinks({venmo: '@HopeOnSangamon', square: '$HopeOnSangamon', paypal: 'HopeOnSangamon'}), [
    {kind: 'venmo', label: '@HopeOnSangamon', url: 'https://venmo.com/u/HopeOnSangamon'},
    {kind: 'square', label: '$HopeOnSangamon', url: 'https://cash.app/$HopeOnSangamon'},
    {kind: 'paypal', label: 'HopeOnSangamon', url: 'https://www.paypal.me/HopeOnSangamon'},
  ]);
  assert.deepEqual(traditionLinks({paypal: 'https://paypal.me/SomeGroup'}), [{kind: 'paypal', label: 'SomeGroup', url: 'https://www.paypal.me/SomeGroup'}]);
  assert.deepEqual(traditionLinks({homegroupOnline: 'https://homegroup.online/g/1'}), [{kind: 'homegroup', label: 'https://homegroup.online/g/1', url: 'https://homegroup.online/g/1'}]);
  assert.deepEqual(traditionLinks({venmo: 'javascript:alert(1)', paypal: '<img src=x>', homegroupOnline: 'javascript:alert(1)'}), []);
});

test('report a problem: feedback_url, else mailto the feedback emails with a subject', () => {
  const m = {name: 'Night Owls', feedbackEmails: ['a@b.example', 'c@d.example']};
  assert.equal(feedbackLink({...m, feedbackUrl: 'https://x.example/f'}), 'https://x.example/f');
  assert.equal(feedbackLink({...m, feedbackUrl: 'javascript:alert(1)'}), 'mailto:a@b.example,c@d.example?subject=Meeting%20update%3A%20Night%20Owls');
  assert.equal(feedbackLink({...m, feedbackEmails: ['x@y.example?bcc=z@w.example']}), undefined);
  assert.equal(feedbackLink({name: 'x', feedbackEmails: []}), undefined);
});

test('deep links: #meeting=<id>, namespaced per finder, round-trip', () => {
  assert.equal(meetingHash('0:night-owls'), '#meeting=0%3Anight-owls');
  assert.equal(meetingHash('0:night-owls', 'mf-'), '#mf-meeting=0%3Anight-owls');
  assert.equal(meetingIdFromHash('#mf-meeting=0%3Anight-owls', 'mf-'), '0:night-owls');
  assert.equal(meetingIdFromHash('#mf-meeting=0%3Anight-owls', 'other-'), undefined);
  assert.equal(meetingIdFromHash('#meeting=1%3Aa%20b'), '1:a b');
  assert.equal(meetingIdFromHash(''), undefined);
  assert.equal(shareUrl('https://example.org/meetings?day=1#top', '0:night-owls', 'mf-'), 'https://example.org/meetings?day=1#mf-meeting=0%3Anight-owls');
  const id = '2:slug with spaces & #hash';
  assert.equal(meetingIdFromHash(new URL(shareUrl('https://example.org/', id)).hash), id);
});
