import type {CoreStrings} from '../en/core.js';
import {formatNumber, plural} from '../../core/i18n.js';

export const core: CoreStrings = {
  loading: 'در حال بارگذاری…',
  retry: 'تلاش دوباره',
  close: 'بستن',
  errorNetwork: 'نتوانستیم به سرور وصل شویم. اتصال اینترنت خود را بررسی کنید و دوباره تلاش کنید.',
  errorTimeout: 'پاسخ سرور بیش از حد طول کشید. لطفاً دوباره تلاش کنید.',
  errorHttp: (status) => `سرور نتوانست این اطلاعات را به ما بدهد (خطای ${formatNumber(status, 'fa', {useGrouping: false})}).`,
  errorParse: 'اطلاعاتی که دریافت کردیم قابل خواندن نبود.',
  errorUnknown: 'مشکلی پیش آمد. لطفاً دوباره تلاش کنید.',
  skippedRecords: (n) => plural(n, 'fa', {one: '{n} رکورد خوانده نشد و کنار گذاشته شد.', other: '{n} رکورد خوانده نشد و کنار گذاشته شد.'}),
  forget: 'فراموش کردن این دستگاه',
  unreadableTitle: 'این فهرست قابل خواندن نبود.',
  unreadableReasons: 'نخستین مشکلاتی که پیدا شد (برای گردانندگان این سایت، به انگلیسی):',
};
