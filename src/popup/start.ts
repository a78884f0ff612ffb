// The popup's first script: a small classic script, fetched and run as the popup's HTML is parsed, before
// its stylesheet and modules have loaded, so the page is read while the popup finishes opening.
import { startClickAnnotation } from './start-annotation';

startClickAnnotation();
