/** Every English string, for tools and tests that read them all: the later ones are added by their chunks' modules. */
import './dashboard.js';
import './growth.js';
import './later.js';
import './map.js';
import './on-demand.js';
import './overlap.js';
import './regions.js';
import './table.js';
import './trend.js';
