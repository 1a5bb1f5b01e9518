/**
 * The police.uk street-level columns the store keeps, by canonical name, with the header text of
 * each layout (matched ignoring case and spaces; the first present wins). The older layout has
 * Easting/Northing (British National Grid metres) instead of Longitude/Latitude and no Crime ID.
 */
export const POLICE_STREET_COLUMNS = {
	crime_id: ['Crime ID'],
	month_text: ['Month'],
	area: ['Falls within', 'Reported by'],
	longitude_text: ['Longitude'],
	latitude_text: ['Latitude'],
	easting_text: ['Easting'],
	northing_text: ['Northing'],
	location: ['Location'],
	lsoa_code: ['LSOA code'],
	lsoa_name: ['LSOA name'],
	category: ['Crime type'],
	outcome: ['Last outcome category']
} as const;

export type PoliceStreetColumn = keyof typeof POLICE_STREET_COLUMNS;

/** The current police.uk street-level header, exactly as police.uk writes it. */
export const POLICE_STREET_HEADER = [
	'Crime ID',
	'Month',
	'Reported by',
	'Falls within',
	'Longitude',
	'Latitude',
	'Location',
	'LSOA code',
	'LSOA name',
	'Crime type',
	'Last outcome category',
	'Context'
] as const;

/** The 14 police.uk street-level types, ASB included. */
export const POLICE_CRIME_TYPES = [
	'Anti-social behaviour',
	'Bicycle theft',
	'Burglary',
	'Criminal damage and arson',
	'Drugs',
	'Other crime',
	'Other theft',
	'Possession of weapons',
	'Public order',
	'Robbery',
	'Shoplifting',
	'Theft from the person',
	'Vehicle crime',
	'Violence and sexual offences'
] as const;

export const ASB = 'Anti-social behaviour';

/** The first month police.uk publishes street-level crime for, `YYYY-MM`. */
export const POLICE_UK_FIRST_MONTH = '2010-12';
