import { useEffect, useState } from 'react';

/** The screens of the app and their hash paths (#/vendors/…); hashes work the same under app:// and http. */
export type Route =
  | { name: 'vendors' }
  | { name: 'portfolio' }
  | { name: 'vendor'; vendorId: string }
  | { name: 'newAssessment'; vendorId: string }
  | { name: 'assessment'; assessmentId: string; questionId?: string }
  | { name: 'findings'; assessmentId: string }
  | { name: 'history'; assessmentId: string }
  | { name: 'compare'; ids?: string[] }
  | { name: 'verify' }
  | { name: 'questionnaires' }
  | { name: 'settings' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, id, sub, extra] = parts;
  if (first === 'settings') return { name: 'settings' };
  if (first === 'portfolio') return { name: 'portfolio' };
  if (first === 'verify') return { name: 'verify' };
  if (first === 'questionnaires') return { name: 'questionnaires' };
  if (first === 'compare') {
    const ids = (id ?? '').split(',').filter(Boolean);
    return ids.length > 0 ? { name: 'compare', ids } : { name: 'compare' };
  }
  if (first === 'vendors' && id) return sub === 'new-assessment' ? { name: 'newAssessment', vendorId: id } : { name: 'vendor', vendorId: id };
  if (first === 'assessments' && id) {
    if (sub === 'findings') return { name: 'findings', assessmentId: id };
    if (sub === 'history') return { name: 'history', assessmentId: id };
    return { name: 'assessment', assessmentId: id, ...(sub === 'questions' && extra ? { questionId: extra } : {}) };
  }
  return { name: 'vendors' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'vendors':
    case 'portfolio':
    case 'verify':
    case 'questionnaires':
    case 'settings':
      return `#/${route.name}`;
    case 'vendor':
      return `#/vendors/${encodeURIComponent(route.vendorId)}`;
    case 'newAssessment':
      return `#/vendors/${encodeURIComponent(route.vendorId)}/new-assessment`;
    case 'assessment':
      return `#/assessments/${encodeURIComponent(route.assessmentId)}${route.questionId ? `/questions/${encodeURIComponent(route.questionId)}` : ''}`;
    case 'findings':
      return `#/assessments/${encodeURIComponent(route.assessmentId)}/findings`;
    case 'history':
      return `#/assessments/${encodeURIComponent(route.assessmentId)}/history`;
    case 'compare':
      return route.ids && route.ids.length > 0 ? `#/compare/${route.ids.map(encodeURIComponent).join(',')}` : '#/compare';
  }
}

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const target = href(route);
  if (options.replace) window.history.replaceState(null, '', target);
  else window.location.hash = target;
  if (options.replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
